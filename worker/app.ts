/** The Worker's HTTP surface: one Hono app, the API under /api with its OpenAPI document. */
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { requireAgent } from "./auth/middleware";
import type { AppEnv } from "./env";
import { ApiError, errorBody, onApiError } from "./http/errors";
import { router } from "./http/openapi";
import { originCheck } from "./http/origin-check";
import { agentRoutes } from "./routes/agents";
import { articleRoutes } from "./routes/articles";
import { authRoutes } from "./routes/auth";
import { experienceRoutes } from "./routes/experiences";
import { siteSettingsRoutes } from "./routes/site-settings";
import { spaceRoutes } from "./routes/spaces";

/** Routes reachable without a session. */
const PUBLIC = new Set(["/api/health", "/api/auth/login", "/api/openapi.json"]);

export function buildApi() {
  const api = router().basePath("/api");
  api.use("*", originCheck);
  api.use("*", async (c, next) => (PUBLIC.has(c.req.path) ? next() : requireAgent(c, next)));
  api.get("/health", (c) => c.json({ ok: true, service: "parley" }));
  api.route("/", authRoutes);
  api.route("/", siteSettingsRoutes);
  api.route("/", spaceRoutes);
  api.route("/", agentRoutes);
  api.route("/", experienceRoutes);
  api.route("/", articleRoutes);
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Parley API",
      version: "1",
      description:
        "Customer-service chat on Cloudflare's edge. Agents authenticate with the session cookie set by " +
        "POST /api/auth/login (or `Authorization: Bearer <token>`). Every refusal answers `{ error: { code, message } }`.",
    },
  });
  return api;
}

export function buildApp() {
  const app = new Hono<AppEnv>();
  app.use(
    "*",
    secureHeaders({
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
    }),
  );
  app.route("/", buildApi());
  app.all("/api/*", (c) => c.json(errorBody(new ApiError(404, "not_found", `There is no API at ${c.req.method} ${c.req.path}.`)), 404));
  app.onError(onApiError);
  return app;
}
