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
      return { type: m.type, open: m.open === true };
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

/** The launcher's icons as SVG (an emoji draws as an empty box where no emoji font is installed). */
const SVG_NS = "http://www.w3.org/2000/svg";
const CHAT_ICON = "M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.2 3.6c-.5.4-1.3.1-1.3-.6V16A2.5 2.5 0 0 1 4 13.5z";
const CLOSE_ICON = "M6.5 6.5l11 11m0-11l-11 11";
function icon(path: string, stroke: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "26");
  svg.setAttribute("height", "26");
  svg.setAttribute("aria-hidden", "true");
  const p = document.createElementNS(SVG_NS, "path");
  p.setAttribute("d", path);
  p.setAttribute(stroke ? "stroke" : "fill", "currentColor");
  if (stroke) p.setAttribute("stroke-width", "2.4"), p.setAttribute("stroke-linecap", "round");
  svg.append(p);
  return svg;
}

const CSS = `
:host { all: initial; }
.launcher { position: fixed; right: 20px; bottom: 20px; width: 56px; height: 56px; border-radius: 50%; border: 0;
  background: var(--parley-accent, #2563eb); color: #fff; cursor: pointer; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  display: grid; place-items: center; z-index: 2147483646; font: 600 22px system-ui, sans-serif; }
.launcher svg { display: block; }
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
  let host: HTMLDivElement | null = null;
  let ready = false;
  let open = false;
  let unread = 0;

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
  /** Shows the launcher as it is: open or closed, and how many replies are unread. */
  function draw() {
    if (!launcher || !badge) return;
    launcher.setAttribute("aria-expanded", String(open));
    launcher.setAttribute("aria-label", open ? "Close chat" : unread ? `Open chat (${unread} unread)` : "Open chat");
    launcher.replaceChildren(open ? icon(CLOSE_ICON, true) : icon(CHAT_ICON, false), badge);
    badge.hidden = unread === 0;
    badge.textContent = String(unread);
  }
  function setOpen(next: boolean, restored = false) {
    if (!frame || !launcher) return;
    open = next;
    frame.hidden = !next;
    draw();
    post({ type: next ? "parley:open" : "parley:close" });
    emit(next ? "opened" : "closed", null);
    if (next && !restored) frame.focus(); // a panel reopened on page load leaves the host page's focus alone
  }

  /** Where the customer is on the host site, for the agents: the path only, never the query string. */
  let path = "";
  const page = () => {
    if (location.pathname !== path) post({ type: "parley:page", path: (path = location.pathname) });
  };
  for (const method of ["pushState", "replaceState"] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History["pushState"]>) {
      original.apply(this, args);
      page();
    };
  }
  addEventListener("popstate", page);
  page();
  // Any element with data-parley-open opens the chat ("Chat with us" on the help center, or the host's own button).
  document.addEventListener("click", (event) => {
    if ((event.target as Element | null)?.closest?.("[data-parley-open]")) {
      event.preventDefault();
      setOpen(true);
    }
  });

  window.addEventListener("message", (event) => {
    if (event.origin !== base || event.source !== frame?.contentWindow) return;
    const message = frameMessage(event.data);
    if (!message) return;
    if (message.type === "parley:ready") {
      ready = true;
      host?.setAttribute("data-ready", ""); // the chat is ready (and the panel as the customer left it)
      const queued = queue.splice(0);
      for (const m of queued) post(m);
      // Unless the host page already said, the panel is as the customer left it (not over a phone's whole screen).
      if (message.open && innerWidth > 480 && !queued.some((m) => m.type === "parley:open" || m.type === "parley:close")) setOpen(true, true);
    } else if (message.type === "parley:unread") {
      unread = message.count;
      draw();
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
      host = document.createElement("div");
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
      draw();
    })
    .catch((err: Error) => console.warn(`Parley: the chat could not load (${err.message}).`));
})();
