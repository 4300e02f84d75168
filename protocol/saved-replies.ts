/**
 * Saved replies (macros): text agents insert from the composer by typing "/" and the title. Per site, or
 * per space. The body may hold variables, filled in by the console before the agent edits and sends it.
 */
import { z } from "zod";

/** The variables a saved reply may use, and what each stands for. */
export const SAVED_REPLY_VARIABLES = { "customer.name": "the customer's name (\"there\" when they gave none)", "agent.name": "your name" } as const;
export type SavedReplyVariable = keyof typeof SAVED_REPLY_VARIABLES;

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The variables a body uses that Parley does not know ("{{order.id}}"). */
export function unknownVariables(body: string): string[] {
  return [...body.matchAll(VARIABLE)].map((m) => m[1]!).filter((name) => !(name in SAVED_REPLY_VARIABLES));
}

/** The body with its variables filled in: "Hi {{customer.name}}" → "Hi Dana". */
export function fillSavedReply(body: string, values: Record<SavedReplyVariable, string>): string {
  return body.replace(VARIABLE, (whole, name: string) => (name in values ? values[name as SavedReplyVariable] : whole));
}

const title = z.string().trim().min(1, "Give the reply a title").max(80, "A title is at most 80 characters");
const body = z
  .string()
  .trim()
  .min(1, "Write the reply")
  .max(4000, "A reply is at most 4,000 characters")
  .refine((b) => unknownVariables(b).length === 0, {
    message: `Use only the variables ${Object.keys(SAVED_REPLY_VARIABLES)
      .map((v) => `{{${v}}}`)
      .join(" and ")}`,
  });
/** Null: every agent of the site; a space id: that space's members only. */
const spaceId = z.string().min(1).max(64).nullable();

export const SavedReplyCreate = z.object({ title, body, spaceId: spaceId.default(null) }).strict();
export type SavedReplyCreate = z.infer<typeof SavedReplyCreate>;

export const SavedReplyUpdate = z.object({ title, body, spaceId }).partial().strict();
export type SavedReplyUpdate = z.infer<typeof SavedReplyUpdate>;

export const SavedReply = z.object({
  id: z.string(),
  spaceId: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type SavedReply = z.infer<typeof SavedReply>;

/** `GET /api/saved-replies`: the site's replies and those of your spaces (admins: all), by title. */
export const SavedReplyList = z.object({ replies: z.array(SavedReply) });
export type SavedReplyList = z.infer<typeof SavedReplyList>;
