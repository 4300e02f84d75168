/**
 * The conversations of the agent's spaces outside queues, kept fresh while the page is open: work items
 * follow the conversations a moment later (the actor's outbox), so the list asks again on routing events,
 * when the tab comes back, and every few seconds.
 */
import { createResource, onCleanup, type Accessor } from "solid-js";
import type { ConversationList, ConversationView, LiveFilter } from "../../../protocol/conversation-views";
import { api } from "../api";
import type { AgentSocket } from "../live/agent-socket";

const REFRESH_MS = 4000;

export function createConversationList(view: ConversationView, live: AgentSocket, show: Accessor<LiveFilter> = () => "person") {
  const [list, { refetch }] = createResource(
    () => `/api/conversations?${new URLSearchParams({ view, show: show(), limit: "50" })}`,
    (path) => api<ConversationList>("GET", path).then((r) => r.conversations),
  );
  const later: ReturnType<typeof setTimeout>[] = [];
  const stop = live.listen((frame) => {
    if (frame.type === "status") return;
    // Once the outbox has written, and once more in case D1 was slow.
    for (const ms of [800, 2500]) later.push(setTimeout(() => void refetch(), ms));
  });
  const timer = setInterval(() => document.visibilityState === "visible" && void refetch(), REFRESH_MS);
  const onVisible = () => document.visibilityState === "visible" && void refetch();
  document.addEventListener("visibilitychange", onVisible);
  onCleanup(() => {
    stop();
    clearInterval(timer);
    later.forEach(clearTimeout);
    document.removeEventListener("visibilitychange", onVisible);
  });
  return { list, refetch };
}
