/**
 * One conversation as the console holds it open: the shared conversation socket (resume, resend, exactly
 * once), and a store of what the agent sees — state, transcript, typing, unsent messages, unread count.
 */
import { createStore, produce } from "solid-js/store";
import { SUBPROTOCOL, type Author, type ConversationSummary, type Role, type ServerFrame, type TranscriptEntry } from "../../../protocol/conversation";
import { ConversationSocket } from "../../../protocol/conversation-socket";
import { socketUrl } from "../live/agent-socket";

export interface ChannelState {
  online: boolean;
  conversation: ConversationSummary | null;
  you: { role: Role; canWrite: boolean } | null;
  entries: TranscriptEntry[];
  /** Who is typing on the other side, if anyone. */
  typing: Author | null;
  /** Messages sent and not acknowledged yet (shown greyed until stored). */
  unsent: { clientId: string; body: string }[];
  unread: number;
  /** The last thing the conversation refused (rate, size, read-only…), as it worded it. */
  error: string | null;
}

export function createChannel(conversationId: string, agentId: string) {
  const [state, setState] = createStore<ChannelState>({
    online: false,
    conversation: null,
    you: null,
    entries: [],
    typing: null,
    unsent: [],
    unread: 0,
    error: null,
  });
  let focused = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const add = (entries: TranscriptEntry[]) =>
    setState(
      produce((s) => {
        for (const entry of entries) {
          if (s.entries.length > 0 && entry.seq <= s.entries[s.entries.length - 1]!.seq) continue; // seen already
          s.entries.push(entry);
          if (!focused && entry.author.type === "customer") s.unread += 1;
        }
      }),
    );

  const onFrame = (frame: ServerFrame) => {
    switch (frame.type) {
      case "welcome":
        setState({ conversation: frame.conversation, you: frame.you, error: null });
        add(frame.messages);
        break;
      case "message":
        add([frame.message]);
        if (frame.message.author.type !== "agent" || frame.message.author.id !== agentId) setState("typing", null);
        break;
      case "ack":
        setState("unsent", (list) => list.filter((u) => u.clientId !== frame.clientId));
        break;
      case "typing":
        if (frame.author.type === "agent" && frame.author.id === agentId) break;
        setState("typing", frame.typing ? frame.author : null);
        clearTimeout(typingTimer);
        if (frame.typing) typingTimer = setTimeout(() => setState("typing", null), 8000);
        break;
      case "state":
        setState("conversation", (c) => (c ? { ...c, state: frame.state, outcome: frame.outcome } : c));
        break;
      case "agent_joined":
        setState("conversation", (c) => (c ? { ...c, assignee: frame.agent } : c));
        break;
      case "waiting":
        setState("conversation", (c) => (c ? { ...c, position: frame.position, estimateSeconds: frame.estimateSeconds } : c));
        break;
      case "error":
        if (frame.clientId) setState("unsent", (list) => list.filter((u) => u.clientId !== frame.clientId));
        setState("error", frame.message);
        break;
      case "read":
        break;
    }
    if (focused) markRead();
  };

  const socket = new ConversationSocket({ frame: onFrame, status: (s) => setState("online", s === "online") });
  socket.open(socketUrl(`/api/conversations/${conversationId}/ws`), [SUBPROTOCOL], { fresh: true });

  let readSent = 0;
  const markRead = () => {
    const last = state.entries[state.entries.length - 1]?.seq ?? 0;
    if (state.unread > 0) setState("unread", 0);
    if (last > readSent && state.you?.canWrite) {
      readSent = last;
      socket.send({ type: "read", seq: last });
    }
  };

  return {
    id: conversationId,
    state,
    send(body: string) {
      const clientId = socket.send({ type: "message", body });
      setState("unsent", (list) => [...list, { clientId, body }]);
      setState("error", null);
    },
    typing: (typing: boolean) => socket.send({ type: "typing", typing }),
    close: (outcome: "resolved" | "unresolved") => socket.send({ type: "close", outcome }),
    /** The agent is looking at it: nothing is unread, and the customer may see it was read. */
    focus(on: boolean) {
      focused = on;
      if (on) markRead();
    },
    dispose() {
      clearTimeout(typingTimer);
      socket.close();
    },
  };
}

export type Channel = ReturnType<typeof createChannel>;
