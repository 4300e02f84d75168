import { render } from "solid-js/web";
import { HostToFrame, WidgetConfig, type FrameToHost } from "../../../protocol/conversation";
import { App } from "./app";
import { createChat } from "./chat";
import { channel, experienceId, hostOrigin } from "./params";
import "./styles.css";

/** The page that embeds the frame; on the support site the frame is embedded by Parley's own origin. */
const parentOrigin = channel === "widget" && hostOrigin ? hostOrigin : location.origin;
const toHost = (message: FrameToHost) => {
  if (window.parent !== window) window.parent.postMessage(message, parentOrigin);
};

let open = false;
let unread = 0;
const chat = createChat((entry) => {
  if (entry.author.type === "customer") return;
  toHost({ type: "parley:message", author: entry.author.name, body: entry.body });
  if (!open && entry.author.type !== "system") toHost({ type: "parley:unread", count: ++unread });
  if (open) chat.read();
});

window.addEventListener("message", (event) => {
  if (event.origin !== parentOrigin || event.source !== window.parent) return;
  const parsed = HostToFrame.safeParse(event.data);
  if (!parsed.success) return;
  const message = parsed.data;
  if (message.type === "parley:open") {
    open = true;
    unread = 0;
    toHost({ type: "parley:unread", count: 0 });
    chat.read();
    document.getElementById("parley-composer")?.focus();
  } else if (message.type === "parley:close") {
    open = false;
  } else if (message.type === "parley:identify") {
    void chat.connection.start({ identity: message.identity });
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
  render(() => <App chat={chat} title={title} leaveMessageAfterSeconds={leaveAfter} onClose={() => toHost({ type: "parley:closed" })} />, document.getElementById("chat")!);
  toHost({ type: "parley:ready" });
  if (channel === "support_site") open = true;
  await chat.connection.start();
}

void boot();
