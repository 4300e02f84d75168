/** Every string the widget shows, in one place, ready for translation. Every line addresses the customer. */
const minutes = (seconds: number) => Math.max(1, Math.round(seconds / 60));

export const strings = {
  close: "Close chat",
  composerLabel: "Message",
  composerPlaceholder: "Write a message…",
  send: "Send",
  you: "You",
  aiBadge: "AI",
  sources: "Sources",
  article: "Help article",
  savedAnswer: "Answer from our team",
  team: "Our team",
  typing: (name: string) => `${name} is typing…`,
  talkToPerson: "Talk to a person",
  solved: "That solved it",
  endChat: "End chat",
  endChatQuestion: "End this chat? You can start a new one at any time.",
  endChatConfirm: "Yes, end it",
  keepChatting: "Keep chatting",

  // The header, under the chat's name.
  headerAi: (name: string) => `${name} (AI assistant)`,
  headerTeam: "Our team will answer here",
  headerWaiting: "Waiting for a person",
  headerAway: "Our team is away",
  headerAgent: (name: string) => `Chatting with ${name}`,
  headerEnded: "Chat ended",
  offline: "Reconnecting…",

  // Waiting for a person.
  waiting: (position: number | null) =>
    position === null ? "You're in line for a person from our team." : position === 1 ? "You're next in line." : `You're number ${position} in line.`,
  waitingHint: "Stay here: a person will join this chat. You can keep writing meanwhile.",
  estimate: (seconds: number) => (seconds < 60 ? "Usually less than a minute." : `Usually about ${minutes(seconds)} minute${minutes(seconds) === 1 ? "" : "s"}.`),
  away: (reason: "nobody_available" | "outside_hours") =>
    reason === "outside_hours" ? "Our team is away: we're outside our opening hours." : "Our team is away: nobody can join the chat right now.",
  backAt: (when: string) => `They're back ${when}.`,
  awayHint: "Leave your email below and they'll write back to you there. Sending it ends this chat, so add any details here first.",
  keepWaiting: "Keep waiting",
  leaveMessage: "Leave a message instead",
  leaveMessageHint: "Still waiting? You can keep waiting, or leave your email and a message: the team will write back.",

  // Lines in the conversation about what happened (system entries), worded for the customer.
  youEnded: "You ended the chat.",
  youLeftMessage: "You left your email instead of waiting. The team will write back.",
  agentEnded: (name: string) => `${name} ended the chat.`,
  idleEnded: "The chat ended after a while without messages.",
  ended: "The chat ended.",
  youAskedPerson: "You asked for a person from our team. They'll see everything you've written so far.",
  handedOff: "We've asked a person from our team to join. They'll see everything you've written so far.",
  agentJoined: (name: string) => `${name} joined the chat.`,
  passedOn: (name: string) => `Your chat was passed on to ${name}, who can see everything so far.`,

  lengthLimit: (used: number, max: number) =>
    `${used.toLocaleString()} of ${max.toLocaleString()} characters${used >= max ? ": a message can't be longer, so split it in two." : ""}`,

  // Sending and receipts.
  sending: "Sending…",
  sent: "Sent",
  seen: "Seen",
  notSent: "Not sent",
  retry: "Retry",

  earlier: "Your earlier conversations",
  earlierUntitled: "Conversation",
  view: "View",
  backToCurrent: "Back",
  emailLabel: "Your email",
  emailSubmit: "Send email",
  emailPrompt: "Leave your email and our team will write back.",
  closed: "This conversation has ended.",
  startAgain: "Start a new conversation",

  // Rating, once the conversation closed.
  rateTitle: "How was this chat?",
  rateLabels: ["Very poor", "Poor", "OK", "Good", "Excellent"] as const,
  rateScore: (score: number, label: string) => `${score} of 5: ${label}`,
  rateComment: "Anything to add? (optional)",
  rateSubmit: "Send rating",
  rateSending: "Sending your rating…",
  rateThanks: "Thanks for your rating!",
  rateGiven: (score: number) => `You rated this chat ${score} of 5.`,

  unavailable: "The chat is not available right now.",
  loading: "Loading…",
} as const;
