/** What the browser tests share: host pages on other origins, the API as an agent, sockets, waiting. */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { FrameLocator, Page } from "playwright-core";

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
export async function until<T>(what: string, probe: () => T | undefined | null | false, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens the widget's launcher on a page and answers its frame. */
export async function openWidget(page: Page): Promise<FrameLocator> {
  await page.locator("[data-parley] >> button.launcher").click();
  const frame = page.frameLocator('iframe[title^="Chat with"]');
  await frame.getByLabel("Message").waitFor();
  return frame;
}

/** The customer types and sends a message in the widget. */
export async function say(frame: FrameLocator, text: string) {
  await frame.getByLabel("Message").fill(text);
  await frame.getByRole("button", { name: "Send" }).click();
}
