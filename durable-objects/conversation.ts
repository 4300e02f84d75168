import { DurableObject } from "cloudflare:workers";
import type { Env } from "../worker/env";

/**
 * One conversation: its transcript, state and WebSockets, in its own SQLite storage.
 * The thread itself (protocol, sockets, outbox to D1, idle close) is built by issue #3.
 */
export class Conversation extends DurableObject<Env> {}
