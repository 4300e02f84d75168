/** The Worker's HTTP surface: one Hono app — the agent API under /api, the widget API under /widget/v1. */
import { secureHeaders } from "hono/secure-headers";
import { requireAgent } from "./auth/middleware";
import { ApiError, errorBody, onApiError } from "./http/errors";
import { router } from "./http/openapi";
import { originCheck } from "./http/origin-check";
import { agentRoutes } from "./routes/agents";
import { aiAnswerRoutes } from "./routes/ai-answers";
import { articleFeedbackRoutes } from "./routes/article-feedback";
import { articleRoutes } from "./routes/articles";
import { authRoutes, loginRoutes } from "./routes/auth";
import { benchFloorRoutes } from "./routes/bench-floor";
import { conversationActionRoutes } from "./routes/conversation-actions";
import { conversationRoutes } from "./routes/conversations";
import { customerRoutes } from "./routes/customers";
import { jqlRoutes } from "./routes/jql";
import { queueRoutes } from "./routes/queues";
import { reviewRoutes } from "./routes/review";
import { satisfactionRoutes } from "./routes/satisfaction";
import { savedReplyRoutes } from "./routes/saved-replies";
import { workItemRoutes } from "./routes/work-items";
import { routingRoutes } from "./routes/routing";
import { experienceRoutes } from "./routes/experiences";
import { siteSettingsRoutes } from "./routes/site-settings";
import { spaceRoutes } from "./routes/spaces";
import { supportSite } from "./routes/support-site";
import { widgetRoutes } from "./routes/widget";

const strictHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    connectSrc: ["'self'"],
    imgSrc: ["'self'", "data:"],
    styleSrc: ["'self'"],
    scriptSrc: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
  },
});

/**
 * The agent API. Hono runs a request's matching handlers in the order they were added: the public routes
 * (health, sign-in) come first and answer without a session; every route added after `requireAgent` needs
 * one, so a new route is private unless it is added here, above it. Admin and space guards sit on each
 * route's definition.
 */
function agentApi() {
  const api = router();
  api.use("*", originCheck);
  api.get("/health", (c) => c.json({ ok: true, service: "parley" }));
  api.route("/", loginRoutes);
  api.use("*", requireAgent);
  for (const routes of [authRoutes, siteSettingsRoutes, spaceRoutes, agentRoutes, experienceRoutes, articleRoutes, conversationRoutes, conversationActionRoutes, routingRoutes, reviewRoutes, workItemRoutes, customerRoutes, queueRoutes, jqlRoutes, aiAnswerRoutes, savedReplyRoutes, articleFeedbackRoutes, benchFloorRoutes, satisfactionRoutes]) {
    api.route("/", routes);
  }
  return api;
}

export function buildApp() {
  const app = router();
  // Upgrade responses come from the actors with immutable headers; the widget frame and loader set their own.
  app.use("*", async (c, next) => (c.req.header("upgrade") || c.req.path.startsWith("/widget/v1/frame") || c.req.path === "/widget/v1/widget.js" ? next() : strictHeaders(c, next)));
  // The OpenAPI document is public: added before the agent API's session guard (it lists the routes when asked).
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Parley API",
      version: "1",
      description:
        "Customer-service chat on Cloudflare's edge. Agents authenticate with the session cookie set by " +
        "POST /api/auth/login (or `Authorization: Bearer <token>`); customers with the token from " +
        "POST /widget/v1/conversations. Every refusal answers `{ error: { code, message } }`.",
    },
  });
  app.route("/api", agentApi());
  app.route("/widget/v1", widgetRoutes);
  app.route("/support", supportSite);
  app.all("/api/*", (c) => c.json(errorBody(new ApiError(404, "not_found", `There is no API at ${c.req.method} ${c.req.path}.`)), 404));
  app.onError(onApiError);
  return app;
}
