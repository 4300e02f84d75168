import { buildApp } from "./app";
import type { Env } from "./env";

export { Agent } from "../durable-objects/agent";
export { Conversation } from "../durable-objects/conversation";
export { SpaceRouter } from "../durable-objects/space-router";

const app = buildApp();

export default {
  fetch: (request, env, ctx) => app.fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
