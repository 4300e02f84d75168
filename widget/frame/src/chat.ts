/**
 * The widget's state, in Solid signals, fed by the connection: the transcript (each entry once, in
 * sequence order), the conversation's state, who is typing, the place in line, and unread counts for the
 * host page's badge.
 */
import { createSignal } from "solid-js";
import { createStore, produce } from "solid-js/store";
import type { ConversationSummary, ServerFrame, TranscriptEntry } from "../../../protocol/conversation";
import { Connection } from "./connection";

export interface ChatState {
  status: "loading" | "connecting" | "online" | "offline" | "unavailable";
  problem: string | null;
  conversation: ConversationSummary | null;
  messages: TranscriptEntry[];
  typing: { name: string; type: string } | null;
  position: number | null;
  estimateSeconds: number | null;
  agentName: string | null;
  earlier: { id: string; summary: string; status: string; createdAt: number }[];
  error: string | null;
}

export function createChat(onNewMessage: (entry: TranscriptEntry) => void) {
  const [state, setState] = createStore<ChatState>({
    status: "loading",
    problem: null,
    conversation: null,
    messages: [],
    typing: null,
    position: null,
    estimateSeconds: null,
    agentName: null,
    earlier: [],
    error: null,
  });
  const [pendingCount, setPendingCount] = createSignal(0);

  /** Adds entries not seen yet, keeping sequence order: a resend or a replay never shows twice. */
  function merge(entries: TranscriptEntry[], live: boolean) {
    setState(
      produce((s) => {
        for (const entry of entries) {
          if (s.messages.some((m) => m.seq === entry.seq)) continue;
          const at = s.messages.findIndex((m) => m.seq > entry.seq);
          if (at === -1) s.messages.push(entry);
          else s.messages.splice(at, 0, entry);
          if (entry.event === "agent_joined") s.agentName = entry.body.replace(/ joined the conversation\.$/, "");
          if (live) onNewMessage(entry);
        }
      }),
    );
  }

  function onFrame(frame: ServerFrame) {
    switch (frame.type) {
      case "welcome":
        setState({
          conversation: frame.conversation,
          position: frame.conversation.position,
          estimateSeconds: frame.conversation.estimateSeconds,
          agentName: frame.conversation.assignee?.name ?? state.agentName,
        });
        merge(frame.messages, false);
        break;
      case "message":
        merge([frame.message], true);
        if (state.typing && frame.message.author.type !== "customer" && frame.message.author.name === state.typing.name) setState("typing", null);
        break;
      case "typing":
        setState("typing", frame.typing && frame.author.type !== "customer" ? { name: frame.author.name, type: frame.author.type } : null);
        break;
      case "state":
        setState("conversation", (c) => (c ? { ...c, state: frame.state, outcome: frame.outcome } : c));
        if (frame.state !== "waiting") setState("position", null);
        break;
      case "waiting":
        setState({ position: frame.position, estimateSeconds: frame.estimateSeconds });
        break;
      case "agent_joined":
        setState("agentName", frame.agent.name);
        break;
      case "error":
        setState("error", frame.message);
        break;
      case "ack":
      case "read":
        break;
    }
    setPendingCount(connection.pending.size);
  }

  const connection = new Connection({
    frame: onFrame,
    status: (status, detail) => setState({ status, problem: detail ?? null }),
    problem: (message) => setState("error", message),
    started: (started) => {
      setState({ conversation: started.conversation, messages: [], typing: null, position: started.conversation.position, agentName: started.conversation.assignee?.name ?? null });
    },
  });

  return {
    state,
    pendingCount,
    connection,
    pending: () => [...connection.pending.entries()].filter(([, f]) => f.type === "message") as [string, { type: "message"; body: string }][],
    send(body: string) {
      connection.send({ type: "message", body });
      setPendingCount(connection.pending.size);
      setState("error", null);
    },
    typing: (typing: boolean) => connection.send({ type: "typing", typing }),
    read: () => connection.send({ type: "read", seq: connection.seq }),
    requestPerson: () => connection.send({ type: "request_person" }),
    solved: () => connection.send({ type: "close", outcome: "resolved" }),
    leaveEmail: (email: string) => connection.send({ type: "leave_email", email }),
    startAgain: () => connection.start({ startNew: true }),
    loadEarlier: async () => setState("earlier", await connection.earlier()),
    view: (conversationId: string) => {
      setState({ messages: [], typing: null, agentName: null });
      connection.view(conversationId);
    },
  };
}

export type Chat = ReturnType<typeof createChat>;
