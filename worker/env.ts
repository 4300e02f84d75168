import type { Env } from "../durable-objects/env";
import type { MeSpace } from "../protocol/auth";

export type { Env };

/** The signed-in agent, as the auth middleware puts it on the request context. */
export interface SignedInAgent {
  id: string;
  siteId: string;
  name: string;
  email: string;
  role: "admin" | "agent";
  sessionHash: string;
  sessionExpiresAt: number;
  /** The spaces the agent is a member of (loaded once per request with the session). */
  memberSpaceIds: string[];
  /** The spaces whose work the agent may see: their own; an admin, every space of the site. */
  visibleSpaceIds: string[];
}

export interface AppVariables {
  agent: SignedInAgent;
  /** The agent's member spaces with their names, as loaded with the session. */
  memberSpaces: MeSpace[];
}

export type AppEnv = { Bindings: Env; Variables: AppVariables };
