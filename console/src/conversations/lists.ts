/** The conversations of the agent's spaces outside queues, kept fresh while the page is open. */
import { createResource, onCleanup } from "solid-js";
import type { ConversationList, ConversationView } from "../../../protocol/conversation-views";
import { api } from "../api";
import type { AgentSocket } from "../live/agent-socket";

const REFRESH_MS = 10_000;

export function createConversationList(view: ConversationView, live: AgentSocket) {
  const [list, { refetch }] = createResource(() => api<ConversationList>("GET", `/api/conversations?view=${view}&limit=50`).then((r) => r.conversations));
  // Work items follow the conversations a moment later (outbox): refresh on routing events and now and then.
  const stop = live.listen((frame) => {
    if (frame.type !== "status") setTimeout(() => void refetch(), 800);
  });
  const timer = setInterval(() => void refetch(), REFRESH_MS);
  onCleanup(() => {
    stop();
    clearInterval(timer);
  });
  return { list, refetch };
}
