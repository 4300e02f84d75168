/**
 * The embed loader: one `<script src="https://…/widget/v1/widget.js" data-experience="exp_…" async>` adds a
 * launcher bubble and a chat panel in an isolated frame (Parley's own origin) to any allowed page, and a
 * small API on `window.Parley`: open(), close(), identify({ id, hash, name?, email? }), on(event, handler).
 * It talks to the frame with postMessage, checking origins both ways; the customer token never leaves it.
 */
import type { FrameToHost, HostToFrame, WidgetConfig } from "../../protocol/conversation";

/** The loader stays small (no zod on the host page): a structural check of the frame's few messages. */
function frameMessage(data: unknown): FrameToHost | null {
  if (typeof data !== "object" || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case "parley:ready":
    case "parley:opened":
    case "parley:closed":
      return { type: m.type };
    case "parley:unread":
      return typeof m.count === "number" && m.count >= 0 ? { type: m.type, count: Math.floor(m.count) } : null;
    case "parley:message":
      return typeof m.author === "string" && typeof m.body === "string" ? { type: m.type, author: m.author, body: m.body } : null;
    case "parley:error":
      return typeof m.message === "string" ? { type: m.type, message: m.message } : null;
    default:
      return null;
  }
}

type Handler = (detail: unknown) => void;

const CSS = `
:host { all: initial; }
.launcher { position: fixed; right: 20px; bottom: 20px; width: 56px; height: 56px; border-radius: 50%; border: 0;
  background: var(--parley-accent, #2563eb); color: #fff; cursor: pointer; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  display: grid; place-items: center; z-index: 2147483646; font: 600 22px system-ui, sans-serif; }
.launcher:focus-visible { outline: 3px solid #f59e0b; outline-offset: 3px; }
.badge { position: absolute; top: -4px; right: -4px; min-width: 20px; height: 20px; padding: 0 5px; border-radius: 10px;
  background: #dc2626; color: #fff; font: 700 12px/20px system-ui, sans-serif; text-align: center; box-sizing: border-box; }
.badge[hidden] { display: none; }
iframe { position: fixed; right: 20px; bottom: 88px; width: 380px; height: min(620px, calc(100vh - 110px)); border: 0;
  border-radius: 16px; box-shadow: 0 12px 48px rgba(0,0,0,.28); background: #fff; z-index: 2147483647; }
iframe[hidden] { display: none; }
@media (max-width: 480px) { iframe { right: 0; bottom: 0; width: 100vw; height: 100vh; border-radius: 0; } }
`;

(function load() {
  const script = document.currentScript as HTMLScriptElement | null;
  const experienceId = script?.dataset.experience;
  if (!script || !experienceId) return console.warn("Parley: add data-experience to the widget's script tag.");
  const base = new URL(script.src).origin;
  // On Parley's own support site the chat is the help center's (channel support_site); elsewhere it is embedded.
  const channel = script.dataset.channel === "support_site" ? "support_site" : "widget";
  const handlers = new Map<string, Set<Handler>>();
  const queue: HostToFrame[] = [];
  let frame: HTMLIFrameElement | null = null;
  let ready = false;
  let open = false;

  const emit = (event: string, detail: unknown) => handlers.get(event)?.forEach((h) => h(detail));
  const post = (message: HostToFrame) => {
    if (ready && frame?.contentWindow) frame.contentWindow.postMessage(message, base);
    else queue.push(message);
  };

  const api = {
    open: () => setOpen(true),
    close: () => setOpen(false),
    identify: (identity: { id: string; hash: string; name?: string; email?: string }) => post({ type: "parley:identify", identity }),
    on: (event: "opened" | "closed" | "message" | "unread", handler: Handler) => {
      handlers.set(event, (handlers.get(event) ?? new Set()).add(handler));
    },
  };
  (window as unknown as { Parley: typeof api }).Parley = api;

  let launcher: HTMLButtonElement | null = null;
  let badge: HTMLSpanElement | null = null;
  function setOpen(next: boolean) {
    if (!frame || !launcher) return;
    open = next;
    frame.hidden = !next;
    launcher.setAttribute("aria-expanded", String(next));
    launcher.setAttribute("aria-label", next ? "Close chat" : "Open chat");
    launcher.textContent = next ? "×" : "💬";
    if (badge) launcher.append(badge);
    post({ type: next ? "parley:open" : "parley:close" });
    emit(next ? "opened" : "closed", null);
    if (next) frame.focus();
  }

  window.addEventListener("message", (event) => {
    if (event.origin !== base || event.source !== frame?.contentWindow) return;
    const message = frameMessage(event.data);
    if (!message) return;
    if (message.type === "parley:ready") {
      ready = true;
      for (const m of queue.splice(0)) post(m);
      post({ type: open ? "parley:open" : "parley:close" });
    } else if (message.type === "parley:unread" && badge) {
      badge.hidden = message.count === 0;
      badge.textContent = String(message.count);
      emit("unread", message.count);
    } else if (message.type === "parley:message") {
      emit("message", { author: message.author, body: message.body });
    } else if (message.type === "parley:closed") {
      setOpen(false);
    }
  });

  fetch(`${base}/widget/v1/experiences/${encodeURIComponent(experienceId)}/config?channel=${channel}`)
    .then((res) => (res.ok ? (res.json() as Promise<WidgetConfig>) : Promise.reject(new Error(`config ${res.status}`))))
    .then((config) => {
      if (!config.allowed) return console.warn(`Parley: ${config.reason ?? "this chat is not available on this page."}`);
      const host = document.createElement("div");
      host.setAttribute("data-parley", "");
      const shadow = host.attachShadow({ mode: "open" });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
      host.style.setProperty("--parley-accent", /^#[0-9a-fA-F]{6}$/.test(config.color) ? config.color : "#2563eb");
      launcher = document.createElement("button");
      launcher.className = "launcher";
      launcher.type = "button";
      launcher.setAttribute("aria-haspopup", "dialog");
      badge = document.createElement("span");
      badge.className = "badge";
      badge.hidden = true;
      badge.setAttribute("aria-label", "unread messages");
      frame = document.createElement("iframe");
      frame.title = `Chat with ${config.name}`;
      frame.hidden = true;
      frame.setAttribute("allow", "clipboard-write");
      frame.src = `${base}/widget/v1/frame?experience=${encodeURIComponent(experienceId)}&channel=${channel}&host=${encodeURIComponent(location.origin)}`;
      launcher.addEventListener("click", () => setOpen(!open));
      shadow.append(launcher, frame);
      document.body.append(host);
      setOpen(false);
    })
    .catch((err: Error) => console.warn(`Parley: the chat could not load (${err.message}).`));
})();
