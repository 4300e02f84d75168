/**
 * Test fixtures: sites, agents and spaces written straight to D1, and a signed-in API client that goes
 * through the real Worker (`exports.default.fetch`), cookies and all.
 */
import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { hashPassword } from "../worker/auth/password";
import { database } from "../worker/db/client";
import { agents, sites, spaceMembers, spaces } from "../worker/db/schema";
import type { Edition } from "../protocol/domain";

export const BASE = "https://parley.test";
export const PASSWORD = "correct horse battery";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Few iterations keep tests quick; the algorithm and its checks are the real ones. */
const quickHash = () => hashPassword(PASSWORD, 1000);

export interface TestSite {
  siteId: string;
  admin: { id: string; email: string };
  agent: { id: string; email: string };
  billing: { id: string; name: string };
  support: { id: string; name: string };
}

export async function createSite(edition: Edition = "premium"): Promise<TestSite> {
  const db = database(env.DB);
  const u = unique();
  const siteId = `site_${u}`;
  await db.insert(sites).values({ id: siteId, name: `Site ${u}`, edition, identitySecret: `identity-secret-${u}` });
  const hashed = await quickHash();
  const person = (role: "admin" | "agent", name: string) => ({
    id: `ag_${role}_${u}`,
    siteId,
    email: `${role}-${u}@example.test`,
    name,
    role,
    passwordHash: hashed.hash,
    passwordSalt: hashed.salt,
    passwordIterations: hashed.iterations,
  });
  const admin = person("admin", "Ada Admin");
  const agent = person("agent", "Abe Agent");
  await db.insert(agents).values([admin, agent]);
  const billing = { id: `sp_bill_${u}`, siteId, name: "Billing", key: "BILL", chatEnabled: true };
  const support = { id: `sp_sup_${u}`, siteId, name: "Support", key: "SUP", chatEnabled: false };
  await db.insert(spaces).values([billing, support]);
  await db.insert(spaceMembers).values([
    { siteId, spaceId: billing.id, agentId: admin.id },
    { siteId, spaceId: billing.id, agentId: agent.id },
  ]);
  return { siteId, admin, agent, billing, support };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the Worker like the console does: JSON in and out, same-origin Origin header on writes. */
export async function call<T = any>(
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; cookie?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (method !== "GET") headers.origin ??= BASE;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] ??= "application/json";
  const res = await exports.default.fetch(new Request(`${BASE}${path}`, { method, headers, body }));
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** Signs in and returns the `name=value` cookie to send back. */
export async function signIn(email: string, password = PASSWORD): Promise<string> {
  const res = await call("POST", "/api/auth/login", { body: { email, password } });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  const setCookie = res.headers.get("set-cookie") ?? "";
  return setCookie.split(";")[0]!;
}
