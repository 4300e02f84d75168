/** Answers agents saved for the AI ("Save as AI answer"): the AI may quote them as passages, with their question. */
import { z } from "zod";

export const SavedAnswer = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  conversationId: z.string().nullable(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type SavedAnswer = z.infer<typeof SavedAnswer>;

const question = z.string().trim().min(3, "Write the question the answer answers").max(500, "A question is at most 500 characters");
const answer = z.string().trim().min(3, "Write the answer").max(4000, "An answer is at most 4,000 characters");

export const SaveAnswer = z
  .object({ question, answer, conversationId: z.string().regex(/^cv_[0-9a-f]{24}$/, "Not a conversation id").optional() })
  .strict();
export type SaveAnswer = z.infer<typeof SaveAnswer>;

export const EditAnswer = z.object({ question, answer }).partial().strict();
export type EditAnswer = z.infer<typeof EditAnswer>;

export const SavedAnswerList = z.object({ answers: z.array(SavedAnswer) });
export type SavedAnswerList = z.infer<typeof SavedAnswerList>;
