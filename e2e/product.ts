/**
 * One browser-test file's product and browser: the server as `npm start` runs it (fresh state, a free port on
 * 127.0.0.1) and Debian's Chromium, started before the file's tests and closed after them with every browser
 * context the file opened and every host page it served.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { closeHostPages } from "./helpers.ts";
import { startServer, type RunningServer } from "./server.ts";

export async function startProduct(): Promise<{ server: RunningServer; browser: Browser }> {
  const server = await startServer();
  const browser = await launchBrowser();
  return { server, browser };
}

export async function stopProduct(p: { server?: RunningServer; browser?: Browser; contexts: BrowserContext[] }): Promise<void> {
  for (const c of p.contexts) await c.close().catch(() => undefined);
  await p.browser?.close();
  closeHostPages();
  await p.server?.stop();
}
