import { DurableObject } from "cloudflare:workers";
import type { Env } from "../worker/env";

/**
 * One space's router: the waiting line, the space's agents with availability and load, pending offers
 * and their deadlines under one alarm. Routing itself is built by issue #4.
 */
export class SpaceRouter extends DurableObject<Env> {}
