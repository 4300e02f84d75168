/**
 * One conversation as the console holds it open: the shared conversation socket (resume, resend, exactly
 * once), and a store of what the agent sees — state, transcript, typing, unsent messages, unread count.
 */
import { createStore, produce } from "solid-js/store";
import { SUBPROTOCOL, type Author, type ConversationSummary, type Role, type ServerFrame, type TranscriptEntry } from "../../../protocol/conversation";
import { ConversationSocket } from "../../../protocol/conversation-socket";
import type { ConversationDetail } from "../../../protocol/conversation-views";
import { api } from "../api";
import { socketUrl } from "../live/agent-socket";

export interface ChannelState {
  online: boolean;
  conversation: ConversationSummary | null;
  you: { role: Role; canWrite: boolean } | null;
  entries: TranscriptEntry[];
  /** Who is typing on the other side, if anyone. */
  typing: Author | null;
  /** Messages and internal notes sent and not acknowledged yet (shown greyed until stored). */
  unsent: { clientId: string; body: string; note: boolean }[];
  unread: number;
  /** The newest entry the customer has read (their read receipts), for "Seen". */
  customerReadUpTo: number;
  /** The last thing the conversation refused (rate, size, read-only…), as it worded it. */
  error: string | null;
  /** A transfer this agent asked for and its target has not answered yet: who it waits for. */
  transferringTo: string | null;
}

/** What a channel tells the rest of the console: a transfer that did not happen, as the conversation worded it. */
export interface ChannelHooks {
  notify?: (text: string, topic?: string) => void;
  /** Notices on this topic no longer hold. */
  settle?: (topic: string) => void;
}

/** Whom a transfer of this conversation waits for: the last transfer request not yet followed by a join or a failure. */
export function pendingTransfer(entries: TranscriptEntry[]): string | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.event === "agent_joined" || e.event === "agent_left" || e.event === "transfer_failed" || e.event === "closed") return null;
    if (e.event === "transfer_requested") return e.about?.name ?? null;
  }
  return null;
}

export function createChannel(conversationId: string, agentId: string, hooks: ChannelHooks = {}) {
  const [state, setState] = createStore<ChannelState>({
    online: false,
    conversation: null,
    you: null,
    entries: [],
    typing: null,
    unsent: [],
    unread: 0,
    customerReadUpTo: 0,
    error: null,
    transferringTo: null,
  });
  let focused = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The newest entry an agent of this conversation has already read (the welcome says): older ones are not unread. */
  let readFloor = 0;

  const add = (entries: TranscriptEntry[]) =>
    setState(
      produce((s) => {
        for (const entry of entries) {
          if (s.entries.length > 0 && entry.seq <= s.entries[s.entries.length - 1]!.seq) continue; // seen already
          s.entries.push(entry);
          if (!focused && entry.author.type === "customer" && entry.seq > readFloor) s.unread += 1;
        }
      }),
    );

  /**
   * The work item's key arrives a moment after the conversation starts (the actor's outbox writes it), and no
   * frame carries it: until the conversation has one, ask for it now and then.
   */
  let keyTimer: ReturnType<typeof setTimeout> | undefined;
  let keyTries = 0;
  const awaitKey = () => {
    clearTimeout(keyTimer);
    if (state.conversation?.workItemKey || keyTries >= 20) return;
    keyTimer = setTimeout(async () => {
      keyTries += 1;
      const detail = await api<ConversationDetail>("GET", `/api/conversations/${conversationId}`).catch(() => null);
      const key = detail?.conversation.workItemKey;
      if (key) setState("conversation", (c) => (c ? { ...c, workItemKey: key } : c));
      awaitKey();
    }, 2000);
  };

  const onFrame = (frame: ServerFrame) => {
    switch (frame.type) {
      case "welcome":
        // A console opened anew gets the whole transcript: what the agent read before is not news.
        readFloor = Math.max(readFloor, frame.readUpTo.agent);
        setState({ conversation: frame.conversation, you: frame.you, error: null, customerReadUpTo: Math.max(state.customerReadUpTo, frame.readUpTo.customer) });
        add(frame.messages);
        // From everything this pane holds: a reconnect's welcome carries only what came since.
        setState("transferringTo", pendingTransfer(state.entries));
        awaitKey();
        break;
      case "message":
        add([frame.message]);
        if (frame.message.author.type !== "agent" || frame.message.author.id !== agentId) setState("typing", null);
        if (frame.message.event === "transfer_requested") {
          setState("transferringTo", frame.message.about?.name ?? null);
          hooks.settle?.(`transfer:${conversationId}`); // an earlier "did not happen" no longer holds
        }
        if (frame.message.event === "agent_joined") {
          setState("transferringTo", null);
          hooks.settle?.(`transfer:${conversationId}`);
        }
        if (frame.message.event === "transfer_failed") {
          // The target declined or let it run out: the conversation stays with this agent, who is told.
          setState("transferringTo", null);
          hooks.notify?.(frame.message.body, `transfer:${conversationId}`);
        }
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
      case "you":
        // Accepted while watching (from any screen): this pane is now the assignee's, composer and all. Or the
        // other way round: the target of this agent's transfer accepted, and this agent now watches.
        setState({ you: frame.you, error: null, ...(frame.you.role === "watcher" ? { transferringTo: null } : {}) });
        break;
      case "presence":
        setState("conversation", (c) => (c ? { ...c, customerPresence: frame.customer } : c));
        break;
      case "rated":
        setState("conversation", (c) => (c ? { ...c, rating: frame.rating } : c));
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
        if (frame.by === "customer" && frame.upTo > state.customerReadUpTo) setState("customerReadUpTo", frame.upTo);
        if (frame.by === "agent" && frame.upTo > readFloor) {
          // Read in another tab or on another device: what it covers is not news here either.
          readFloor = frame.upTo;
          const left = state.entries.filter((e) => e.author.type === "customer" && e.seq > readFloor).length;
          if (left < state.unread) setState("unread", left);
        }
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
      setState("unsent", (list) => [...list, { clientId, body, note: false }]);
      setState("error", null);
    },
    /** An internal note: the team sees it, the customer never does (assignee and watchers alike). */
    note(body: string) {
      const clientId = socket.send({ type: "note", body });
      setState("unsent", (list) => [...list, { clientId, body, note: true }]);
      setState("error", null);
    },
    /** A transfer was asked for: the pane says whom it waits for until they accept (`you`) or it fails. */
    transferring: (to: string | null) => setState("transferringTo", to),
    typing: (typing: boolean) => socket.send({ type: "typing", typing }),
    close: (outcome: "resolved" | "unresolved") => socket.send({ type: "close", outcome }),
    /** The agent is looking at it: nothing is unread, and the customer may see it was read. */
    focus(on: boolean) {
      focused = on;
      if (on) markRead();
    },
    dispose() {
      clearTimeout(typingTimer);
      clearTimeout(keyTimer);
      socket.close();
    },
  };
}

export type Channel = ReturnType<typeof createChannel>;
