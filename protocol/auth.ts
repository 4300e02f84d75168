import { z } from "zod";
import { AgentRole } from "./domain";

export const LoginRequest = z.object({
  email: z.email("Enter a valid email address").max(254),
  password: z.string().min(1, "Enter your password").max(512),
  /** The site to sign in to, when the same email and password open accounts in several (the answer listed them). */
  siteId: z.string().min(1).max(64).optional(),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const MeSpace = z.object({ id: z.string(), name: z.string(), key: z.string(), chatEnabled: z.boolean() });
export type MeSpace = z.infer<typeof MeSpace>;

export const Me = z.object({
  agent: z.object({ id: z.string(), name: z.string(), email: z.string(), role: AgentRole }),
  site: z.object({ id: z.string(), name: z.string(), edition: z.string() }),
  spaces: z.array(MeSpace),
});
export type Me = z.infer<typeof Me>;

/** The email and password open accounts in several sites: sign in again with one of these `siteId`s. */
export const SiteChoice = z.object({
  chooseSite: z.array(z.object({ id: z.string(), name: z.string() })).min(2),
});
export type SiteChoice = z.infer<typeof SiteChoice>;

/** What sign-in answers: signed in (with the session cookie set), or which site to sign in to. */
export const LoginAnswer = z.union([Me, SiteChoice]);
export type LoginAnswer = z.infer<typeof LoginAnswer>;
