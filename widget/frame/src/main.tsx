import { createEffect, createRoot, createSignal } from "solid-js";
import { render } from "solid-js/web";
import { HostToFrame, PagePath, WidgetConfig, type FrameToHost } from "../../../protocol/conversation";
import { App } from "./app";
import { createChat } from "./chat";
import { onRecalled, recall, remember } from "./memory";
import { channel, experienceId, hostOrigin } from "./params";
import "./styles.css";

/** The page that embeds the frame; on the support site the frame is embedded by Parley's own origin. */
const parentOrigin = channel === "widget" && hostOrigin ? hostOrigin : location.origin;
const toHost = (message: FrameToHost) => {
  if (window.parent !== window) window.parent.postMessage(message, parentOrigin);
};

const chat = createChat((entry) => {
  if (entry.author.type === "ai" || entry.author.type === "agent") toHost({ type: "parley:message", author: entry.author.name, body: entry.body });
});

/** The panel is open (the loader says so) and the page is in front: the customer sees the messages. */
const [open, setOpen] = createSignal(false);
const [visible, setVisible] = createSignal(document.visibilityState === "visible");
document.addEventListener("visibilitychange", () => setVisible(document.visibilityState === "visible"));

/**
 * Unread replies: the AI's and the agents' entries after the newest one the customer has seen. The count
 * and how far they have seen are remembered, so the badge survives reloads and the host site's other
 * pages, and clears only when the customer has the panel open on a visible page.
 */
const memory = recall();
let seen = memory.seen;
let seenIn = memory.conversationId;
let posted = -1;
const [recalled, setRecalled] = createSignal(0);
onRecalled((m) => {
  const s = chat.state;
  if (m.conversationId !== null && !s.conversation && s.status === "ready" && s.outbox.length === 0) {
    // The customer started a conversation in another tab: this one joins it, with what they saw there.
    seenIn = m.conversationId;
    seen = m.seen;
    void chat.connection.resume();
    return;
  }
  if (m.conversationId === seenIn && m.seen > seen) {
    seen = m.seen;
    setRecalled(m.seen);
  }
});

function postUnread(count: number) {
  if (count === posted) return;
  posted = count;
  toHost({ type: "parley:unread", count });
}

createRoot(() =>
  createEffect(() => {
    void recalled();
    const s = chat.state;
    const id = s.conversation?.id ?? null;
    if (!id) {
      // Until the visitor's conversation is back, the remembered count stands; with none, nothing is unread.
      if (s.status === "ready" || s.status === "unavailable") {
        remember({ conversationId: null, seen: 0, unread: 0 });
        seenIn = null;
        postUnread(0);
      } else postUnread(memory.unread);
      return;
    }
    if (s.messages.length === 0) return postUnread(seenIn === id ? memory.unread : 0);
    if (seenIn !== id) {
      seenIn = id;
      seen = 0;
    }
    seen = Math.max(seen, s.readUpTo.customer);
    const newest = s.messages[s.messages.length - 1]!.seq;
    if (open() && visible()) {
      seen = newest;
      chat.read(newest);
    }
    const unread = s.messages.filter((m) => m.seq > seen && (m.author.type === "ai" || m.author.type === "agent")).length;
    remember({ conversationId: id, seen, unread });
    postUnread(unread);
  }),
);

window.addEventListener("message", (event) => {
  if (event.origin !== parentOrigin || event.source !== window.parent) return;
  const parsed = HostToFrame.safeParse(event.data);
  if (!parsed.success) return;
  const message = parsed.data;
  if (message.type === "parley:open") {
    setOpen(true);
    remember({ open: true });
    if (document.hasFocus()) document.getElementById("parley-composer")?.focus();
  } else if (message.type === "parley:close") {
    setOpen(false);
    remember({ open: false });
  } else if (message.type === "parley:identify") {
    void chat.identify(message.identity);
  } else if (message.type === "parley:page") {
    const path = PagePath.safeParse(message.path.slice(0, 512));
    if (path.success) chat.page(path.data);
  }
});

async function boot(): Promise<void> {
  const config: WidgetConfig | null = await fetch(`/widget/v1/experiences/${encodeURIComponent(experienceId)}/config`)
    .then((res) => (res.ok ? res.json() : null))
    .then((data) => (data ? WidgetConfig.parse(data) : null))
    .catch(() => null);
  if (config && /^#[0-9a-fA-F]{6}$/.test(config.color)) document.documentElement.style.setProperty("--accent", config.color);
  document.title = config?.name ?? "Chat";
  const title = config?.name ?? "Chat";
  const leaveAfter = config?.leaveMessageAfterSeconds ?? 180;
  render(() => <App chat={chat} config={config} title={title} leaveMessageAfterSeconds={leaveAfter} onClose={() => toHost({ type: "parley:closed" })} />, document.getElementById("chat")!);
  // The loader reopens the panel if it was open on the customer's last page (and the host did not say otherwise).
  toHost({ type: "parley:ready", open: memory.open });
  // A page view creates nothing: only a visitor who already has an open conversation is reconnected to it.
  await chat.connection.resume();
}

void boot();
