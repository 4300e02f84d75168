import { DurableObject } from "cloudflare:workers";
import type { Env } from "../worker/env";

/**
 * One agent: console connections, availability per space, active conversations across spaces — the
 * authority on the concurrent-conversation cap. Built by issue #4.
 */
export class Agent extends DurableObject<Env> {}
