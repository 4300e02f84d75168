/** What the browser tests share: host pages on other origins, the API as an agent, sockets, waiting. */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";

export interface Harness {
  /** The product's base URL (from startServer). */
  url: string;
}

const hosts: Server[] = [];

/** A page on another origin that embeds the widget with one script tag. */
export async function hostPage(base: string, experienceId: string): Promise<string> {
  const http = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<!doctype html><html><head><title>Acme shop</title></head><body><h1>Acme shop</h1>
<script src="${base}/widget/v1/widget.js" data-experience="${experienceId}" async></script></body></html>`);
  });
  hosts.push(http);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const address = http.address();
  if (typeof address !== "object" || !address) throw new Error("no address");
  return `http://127.0.0.1:${address.port}`;
}

/** Closes every host page this file opened. */
export function closeHostPages(): void {
  for (const h of hosts.splice(0)) h.close();
}

/** Calls the API with an agent's session cookie; fails the test on a refusal. */
export async function api(base: string, method: string, path: string, cookie: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, origin: base, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Signs a demo agent in through the API; answers the session cookie. */
export async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: "parley-demo" }),
  });
  assert.equal(res.status, 200);
  return (res.headers.get("set-cookie") ?? "").split(";")[0]!;
}

/** Opens a WebSocket as an agent and keeps every frame it receives. */
export function socket(base: string, path: string, cookie: string): Promise<{ ws: WebSocket; frames: any[] }> {
  const ws = new WebSocket(`${base.replace("http", "ws")}${path}`, { headers: { cookie, origin: base } } as unknown as string[]);
  const frames: any[] = [];
  ws.addEventListener("message", (e) => frames.push(JSON.parse(String(e.data))));
  return new Promise((resolve, reject) => {
    ws.addEventListener("open", () => resolve({ ws, frames }));
    ws.addEventListener("error", () => reject(new Error(`socket ${path}`)));
  });
}

/** Polls until the probe answers something, or fails after `ms`. */
export async function until<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens the widget's launcher on a page (unless the panel is open already) and answers its frame. */
export async function openWidget(page: Page): Promise<FrameLocator> {
  const launcher = page.locator("[data-parley][data-ready] >> button.launcher"); // ready: the panel is as the customer left it
  await launcher.waitFor();
  if ((await launcher.getAttribute("aria-expanded")) !== "true") await launcher.click();
  const frame = page.frameLocator('iframe[title^="Chat with"]');
  await frame.getByLabel("Message").waitFor();
  return frame;
}

/** The launcher's unread badge on the host page. */
export const badge = (page: Page) => page.locator("[data-parley] >> .badge");

/** Every frame the widget writes on its conversation sockets (parsed), in order. */
export function widgetFrames(page: Page): any[] {
  const sent: any[] = [];
  page.on("websocket", (ws) => {
    if (!ws.url().includes("/widget/v1/conversations/")) return;
    ws.on("framesent", (f) => {
      try {
        sent.push(JSON.parse(String(f.payload)));
      } catch {
        /* not JSON */
      }
    });
  });
  return sent;
}

/** The conversation id of the widget's start request on this page, once it answered. */
export function startedConversation(page: Page): () => string | null {
  let id: string | null = null;
  page.on("response", async (res) => {
    if (!res.url().endsWith("/widget/v1/conversations") || res.request().method() !== "POST" || !res.ok()) return;
    id = ((await res.json()) as { conversationId: string }).conversationId;
  });
  return () => id;
}

/** An agent's socket to a conversation, hello sent; answers it with its frames. */
export async function agentSocket(base: string, conversationId: string, cookie: string) {
  const s = await socket(base, `/api/conversations/${conversationId}/ws`, cookie);
  s.ws.send(JSON.stringify({ v: 1, type: "hello", id: `h-${Date.now()}`, lastSeq: 0 }));
  await until("the welcome", () => s.frames.find((f) => f.type === "welcome"));
  return s;
}

/** The customer types and sends a message in the widget. */
export async function say(frame: FrameLocator, text: string) {
  await frame.getByLabel("Message").fill(text);
  await frame.getByRole("button", { name: "Send" }).click();
}

/** A customer in a browser context of their own (kept in `contexts` to close), on `shop`, who writes a first message. */
export async function customerWrites(browser: Browser, contexts: BrowserContext[], shop: string, line: string): Promise<{ page: Page; widget: FrameLocator }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(shop);
  const widget = await openWidget(page);
  await say(widget, line);
  return { page, widget };
}
