import { env } from "cloudflare:test";
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { database } from "../db/client";
import { workItemComments } from "../db/schema";
import { onApiError } from "./errors";

afterEach(() => vi.restoreAllMocks());

/** A route that fails the way D1 fails when it is locked or out of reach. */
function failing(message: string) {
  const app = new Hono();
  app.get("/x", () => {
    throw new Error(message);
  });
  app.onError(onApiError);
  return app.request("/x");
}

describe("refusals the API answers for failures that are not the caller's", () => {
  it("answers 503 with Retry-After and a readable message when D1 is busy or out of reach", async () => {
    for (const message of ["D1_ERROR: database is locked: SQLITE_BUSY", "D1 DB is overloaded. Requests queued for too long.", "Network connection lost."]) {
      const res = await failing(message);
      expect(res.status, message).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await res.json()).toEqual({ error: { code: "unavailable", message: "Parley's database is briefly unavailable. Try again in a few seconds." } });
    }
  });

  it("sees D1's error through the query error drizzle wraps it in", async () => {
    const app = new Hono();
    app.get("/x", () => {
      // What a locked local D1 answers, as seen in the fault test.
      throw new Error("Failed query: select 1", { cause: new Error("D1_ERROR: Failed to get session commit token: internal error; reference = 8mgl8j2p") });
    });
    app.onError(onApiError);
    expect((await app.request("/x")).status).toBe(503);
  });

  it("keeps a bug a 500 that says nothing of the inside", async () => {
    const res = await failing("Cannot read properties of undefined (reading 'id')");
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain("undefined");
  });

  it("logs a failed statement by its name and D1's error, never the customer text bound to it", async () => {
    const logged: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
    const secret = "my card number is 4111 1111 1111 1111";
    const app = new Hono();
    app.get("/x", async () => {
      // A statement D1 refuses (a column that does not exist), carrying what a customer wrote.
      await database(env.DB).insert(workItemComments).values({ id: "c1", siteId: "s", workItemId: "w", authorType: "customer", body: secret, createdAt: sql`no_such_column` as never });
      return new Response("unreachable");
    });
    app.onError(onApiError);
    const res = await app.request("/x");
    expect(res.status).toBe(500);
    const log = logged.join("\n");
    expect(log).toContain("insert into work_item_comments");
    expect(log).toMatch(/no such column/);
    expect(log).not.toContain("4111");
  });
});
