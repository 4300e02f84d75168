import { z } from "zod";
import { AgentRole } from "./domain";

export const LoginRequest = z.object({
  email: z.email("Enter a valid email address").max(254),
  password: z.string().min(1, "Enter your password").max(512),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const MeSpace = z.object({ id: z.string(), name: z.string(), key: z.string(), chatEnabled: z.boolean() });

export const Me = z.object({
  agent: z.object({ id: z.string(), name: z.string(), email: z.string(), role: AgentRole }),
  site: z.object({ id: z.string(), name: z.string(), edition: z.string() }),
  spaces: z.array(MeSpace),
});
export type Me = z.infer<typeof Me>;
