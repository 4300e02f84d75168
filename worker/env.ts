import type { Agent } from "../durable-objects/agent";
import type { Conversation } from "../durable-objects/conversation";
import type { SpaceRouter } from "../durable-objects/space-router";

/** Bindings declared in wrangler.toml (and secrets from .dev.vars / `wrangler secret put`). */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  CONVERSATION: DurableObjectNamespace<Conversation>;
  SPACE_ROUTER: DurableObjectNamespace<SpaceRouter>;
  AGENT: DurableObjectNamespace<Agent>;
  CONSOLE_ORIGIN: string;
  SESSION_TTL_HOURS: string;
  /** How long an agent counts as connected after their last console tab closed (ms). */
  AGENT_GRACE_MS: string;
  /** Optional: how long past an offer's deadline the agent's actor drops it by itself when its router is late (ms, default 10000). */
  STALE_OFFER_MARGIN_MS?: string;
  CUSTOMER_TOKEN_SECRET: string;
  /** Optional: Workers AI, when the AI agent settings choose it (`[ai] binding = "AI"` in wrangler.toml). */
  AI?: { run(model: string, input: Record<string, unknown>): Promise<unknown> };
  /** Optional secret: the API key of an OpenAI-compatible endpoint chosen in the AI agent settings. */
  LLM_API_KEY?: string;
  /** The OpenAI-compatible endpoint the operator set up (the key is only ever sent there). */
  LLM_ENDPOINT?: string;
  LOGIN_LIMITER: RateLimit;
  WIDGET_LIMITER: RateLimit;
}

/** The signed-in agent, as the auth middleware puts it on the request context. */
export interface SignedInAgent {
  id: string;
  siteId: string;
  name: string;
  email: string;
  role: "admin" | "agent";
  sessionHash: string;
  sessionExpiresAt: number;
}

export interface AppVariables {
  agent: SignedInAgent;
}

export type AppEnv = { Bindings: Env; Variables: AppVariables };
