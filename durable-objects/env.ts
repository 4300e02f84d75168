import type { Agent } from "./agent";
import type { Conversation } from "./conversation";
import type { SpaceRouter } from "./space-router";

/**
 * Bindings declared in wrangler.toml (and secrets from .dev.vars / `wrangler secret put`). The actors and
 * the Worker share them; the Worker adds its request context in worker/env.ts.
 */
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
  /** Parley's public origin (https://chat.example.com) for links in AI answers; empty: the request's origin (local development). */
  PUBLIC_ORIGIN?: string;
  CUSTOMER_TOKEN_SECRET: string;
  /** Optional: Workers AI, when the AI agent settings choose it (`[ai] binding = "AI"` in wrangler.toml). */
  AI?: { run(model: string, input: Record<string, unknown>): Promise<unknown> };
  /** Optional secret: the API key of an OpenAI-compatible endpoint chosen in the AI agent settings. */
  LLM_API_KEY?: string;
  /** The OpenAI-compatible endpoint the operator set up (the key is only ever sent there). */
  LLM_ENDPOINT?: string;
  /** Failed sign-ins allowed per client IP in 15 minutes, across every email (default 50). */
  LOGIN_IP_LIMIT?: string;
  LOGIN_LIMITER: RateLimit;
  WIDGET_LIMITER: RateLimit;
  /** Optional: enables GET /api/bench/queue-page (the benchmark's hand-written SQL floor); never set in production. */
  BENCH_ROUTES?: string;
}
