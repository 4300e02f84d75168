/**
 * The widget's state, in a Solid store fed by the connection: the transcript (each entry once, in
 * sequence order), the messages not acknowledged yet, the conversation's state, who is typing, the place
 * in line or the team being away, how far the team has read, and the rating.
 */
import { createStore, produce } from "solid-js/store";
import type { Away, ConversationSummary, Rating, ServerFrame, TranscriptEntry } from "../../../protocol/conversation";
import type { OutboxEntry } from "../../../protocol/conversation-socket";
import { Connection } from "./connection";
import { strings } from "./strings";
import { agentNameOf } from "./words";

export interface ChatState {
  /** `ready`: no conversation yet (the greeting is shown locally; the first message starts one). */
  status: "loading" | "ready" | "connecting" | "online" | "offline" | "unavailable";
  problem: string | null;
  conversation: ConversationSummary | null;
  messages: TranscriptEntry[];
  /** Messages written and not acknowledged yet: sending, or not sent. */
  outbox: OutboxEntry[];
  typing: { name: string; type: string } | null;
  position: number | null;
  estimateSeconds: number | null;
  away: Away | null;
  agentName: string | null;
  /** The newest entry the team (an agent) has read, and the newest the customer said they read. */
  readUpTo: { agent: number; customer: number };
  /** The customer's rating once the conversation recorded it; `rating` while the rate frame is on its way. */
  rating: { recorded: Rating | null; sending: string | null; problem: string | null };
  earlier: { id: string; summary: string; status: string; createdAt: number }[];
  error: string | null;
  /** The client id of the email on its way (the form waits for the conversation's answer, so it is sent once). */
  emailSending: string | null;
}

const TYPING_STALE_MS = 8000;

export function createChat(onNewMessage: (entry: TranscriptEntry) => void) {
  const [state, setState] = createStore<ChatState>({
    status: "loading",
    problem: null,
    conversation: null,
    messages: [],
    outbox: [],
    typing: null,
    position: null,
    estimateSeconds: null,
    away: null,
    agentName: null,
    readUpTo: { agent: 0, customer: 0 },
    rating: { recorded: null, sending: null, problem: null },
    earlier: [],
    error: null,
    emailSending: null,
  });
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The rating on its way: sent again after a reconnect if the conversation did not record it. */
  let rating: Rating | null = null;

  /** Adds entries not seen yet, keeping sequence order: a resend or a replay never shows twice. */
  function merge(entries: TranscriptEntry[], live: boolean) {
    setState(
      produce((s) => {
        for (const entry of entries) {
          if (entry.note) continue; // internal notes are never the customer's to see
          if (s.messages.some((m) => m.seq === entry.seq)) continue;
          const at = s.messages.findIndex((m) => m.seq > entry.seq);
          if (at === -1) s.messages.push(entry);
          else s.messages.splice(at, 0, entry);
          if (entry.event === "agent_joined") s.agentName = agentNameOf(entry);
          if (live) onNewMessage(entry);
        }
      }),
    );
  }

  function setSummary(conversation: ConversationSummary) {
    setState({
      conversation,
      position: conversation.position,
      estimateSeconds: conversation.estimateSeconds,
      away: conversation.away,
      agentName: conversation.assignee?.name ?? state.agentName,
      rating: { ...state.rating, recorded: conversation.rating },
    });
  }

  function onFrame(frame: ServerFrame) {
    switch (frame.type) {
      case "welcome":
        setSummary(frame.conversation);
        setState("readUpTo", { ...frame.readUpTo });
        merge(frame.messages, false);
        if (state.rating.sending && rating && !frame.conversation.rating) sendRating(rating);
        break;
      case "message":
        merge([frame.message], true);
        if (frame.message.event === "email_left") setState("emailSending", null);
        if (state.typing && frame.message.author.type !== "customer" && frame.message.author.name === state.typing.name) setState("typing", null);
        break;
      case "typing":
        clearTimeout(typingTimer);
        setState("typing", frame.typing && frame.author.type !== "customer" ? { name: frame.author.name, type: frame.author.type } : null);
        if (frame.typing) typingTimer = setTimeout(() => setState("typing", null), TYPING_STALE_MS);
        break;
      case "state":
        setState("conversation", (c) => (c ? { ...c, state: frame.state, outcome: frame.outcome } : c));
        if (frame.state !== "waiting") setState({ position: null, away: null });
        if (frame.state === "closed") setState("typing", null);
        break;
      case "waiting":
        setState({ position: frame.position, estimateSeconds: frame.estimateSeconds, away: frame.away });
        break;
      case "agent_joined":
        setState("agentName", frame.agent.name);
        break;
      case "read":
        setState("readUpTo", frame.by, (upTo) => Math.max(upTo, frame.upTo));
        break;
      case "rated":
        setState("rating", { recorded: frame.rating, sending: null, problem: null });
        break;
      case "error":
        if (frame.code === "rate_limited") break; // the socket resends by itself
        if (frame.clientId && frame.clientId === state.emailSending) setState("emailSending", null);
        if (frame.clientId && frame.clientId === state.rating.sending) setState("rating", { sending: null, problem: frame.message });
        else if (!frame.clientId || !state.outbox.some((o) => o.clientId === frame.clientId)) setState("error", frame.message);
        break;
      case "ack":
      case "you":
        break;
    }
  }

  const connection = new Connection({
    frame: onFrame,
    status: (status, detail) => setState({ status, problem: detail ?? null }),
    problem: (message) => setState("error", message),
    outbox: (entries) => setState("outbox", entries),
    started: (started) => {
      setSummary(started.conversation);
      setState({ messages: [], typing: null, agentName: started.conversation.assignee?.name ?? null, error: null, readUpTo: { agent: 0, customer: 0 } });
    },
  });

  /** Sends the rating (again): its frame is not kept by the socket while it is down. */
  function sendRating(value: Rating) {
    const id = connection.send({ type: "rate", ...value });
    setState("rating", { sending: id, problem: null });
  }

  // Conversations this panel ended and left for a new one: the list of earlier conversations comes from the
  // team's records, which follow the conversation a moment later, so one ended seconds ago is listed from here.
  const leftBehind: ChatState["earlier"] = [];
  let identifiedAs: string | null = null;

  const blank = { conversation: null, messages: [], typing: null, position: null, estimateSeconds: null, away: null, agentName: null, readUpTo: { agent: 0, customer: 0 }, earlier: [], error: null, emailSending: null };

  return {
    state,
    connection,
    send(body: string) {
      connection.send({ type: "message", body });
      setState("error", null);
    },
    retry: (clientId: string) => connection.retry(clientId),
    typing: (typing: boolean) => connection.send({ type: "typing", typing }),
    /** The customer has seen everything up to `seq`: tells the conversation (the team sees "Seen"). */
    read(seq: number) {
      if (!state.conversation || state.status !== "online" || seq <= state.readUpTo.customer) return;
      setState("readUpTo", "customer", seq);
      connection.send({ type: "read", seq });
    },
    requestPerson: () => connection.send({ type: "request_person" }),
    solved: () => connection.send({ type: "close", outcome: "resolved" }),
    /** The customer ends the chat with the team (in line or with a person): no verdict of theirs. */
    end: () => connection.send({ type: "close" }),
    leaveEmail(email: string) {
      if (state.emailSending) return; // a double click sends it once
      const id = connection.send({ type: "leave_email", email });
      setState({ error: null, emailSending: id });
      // Should the answer never come (a frame lost with its socket), the form is usable again.
      setTimeout(() => state.emailSending === id && setState("emailSending", null), 10_000);
    },
    rate: (value: Rating) => sendRating((rating = value)),
    page: (path: string) => connection.setPage(path),
    /** After a conversation ended: a fresh panel; the next message starts a new conversation. */
    startAgain: () => {
      const ended = state.conversation;
      const first = state.messages.find((m) => m.author.type === "customer" && !m.event);
      if (ended) leftBehind.unshift({ id: ended.id, summary: first?.body.slice(0, 200) ?? strings.earlierUntitled, status: "Closed", createdAt: first?.createdAt ?? Date.now() });
      connection.reset();
      setState({ ...blank, rating: { recorded: null, sending: null, problem: null } });
    },
    /** The host page says who the customer is; another person's conversations ended here are not theirs to list. */
    identify: (identity: Parameters<Connection["identify"]>[0]) => {
      if (identity.id !== identifiedAs) leftBehind.length = 0;
      identifiedAs = identity.id;
      return connection.identify(identity);
    },
    loadEarlier: async () => {
      const listed = await connection.earlier();
      const missing = leftBehind.filter((e) => !listed.some((l) => l.id === e.id));
      setState("earlier", [...missing, ...listed].sort((a, b) => b.createdAt - a.createdAt));
    },
    view: (conversationId: string) => {
      setState({ messages: [], typing: null, agentName: null, rating: { recorded: null, sending: null, problem: null }, readUpTo: { agent: 0, customer: 0 } });
      connection.view(conversationId);
    },
  };
}

export type Chat = ReturnType<typeof createChat>;
