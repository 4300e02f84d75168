/** What the console reads about conversations over REST: the lists outside queues, and one conversation. */
import { z } from "zod";
import { ConversationSummary, TranscriptEntry } from "./conversation";
import { WorkItem } from "./work-items";

export const ConversationView = z.enum(["live", "recent"]);
export type ConversationView = z.infer<typeof ConversationView>;

/** `GET /api/conversations?view=live|recent`: conversations of your spaces, newest activity first. */
export const ConversationListQuery = z.object({
  view: ConversationView.default("live"),
  limit: z.coerce.number().int().min(1, "limit is at least 1").max(200, "limit is at most 200").default(50),
});
export const ConversationList = z.object({ conversations: z.array(WorkItem) });
export type ConversationList = z.infer<typeof ConversationList>;

/** `GET /api/conversations/:id`: the conversation as it stands, with its whole transcript. */
export const ConversationDetail = z.object({ conversation: ConversationSummary, transcript: z.array(TranscriptEntry) });
export type ConversationDetail = z.infer<typeof ConversationDetail>;
