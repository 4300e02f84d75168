import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, call, createSite, signIn, type TestSite } from "../../test/fixtures";

let site: TestSite;
let admin: string;
beforeAll(async () => {
  site = await createSite();
  admin = await signIn(site.admin.email);
});

const padded = (bytes: number, fields: Record<string, unknown> = {}) => JSON.stringify({ ...fields, pad: "x".repeat(bytes) });
const spaceNames = async () => (await call("GET", "/api/spaces", { cookie: admin })).body.spaces.map((s: { name: string }) => s.name);

/** A body sent as a stream, without Content-Length: the limit counts the bytes as they come. */
function streamed(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + 16_384));
      at += 16_384;
    },
  });
}

describe("request bodies are capped before they are parsed", () => {
  it("a 10 MB body answers 413 in the API's error shape and creates nothing, with or without Content-Length", async () => {
    const before = await spaceNames();
    const big = padded(10 * 1024 * 1024, { name: "Huge", key: "HUGE" });
    const res = await call("POST", "/api/spaces", { cookie: admin, rawBody: big });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: { code: "body_too_large", message: "The request body is larger than 64 KB, the most this address takes." } });
    const chunked = await exports.default.fetch(
      new Request(`${BASE}/api/spaces`, { method: "POST", headers: { cookie: admin, origin: BASE, "content-type": "application/json" }, body: streamed(big) }),
    );
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string } }).error.code).toBe("body_too_large");
    expect(await spaceNames()).toEqual(before);
  });

  it("every API and widget route that takes a JSON body refuses more than 64 KB with 413 (articles: 1 MB)", async () => {
    const doc = (await call("GET", "/api/openapi.json")).body as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    const withBody = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.requestBody)
        .map(([method, _op]) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, "x") })),
    );
    expect(withBody.length).toBeGreaterThan(20);
    for (const { method, path } of withBody) {
      const limit = path.startsWith("/api/articles") ? 1024 * 1024 : 64 * 1024;
      const res = await call(method, path, { cookie: admin, rawBody: padded(limit) });
      expect(res.status, `${method} ${path}`).toBe(413);
      expect(res.body.error.code, `${method} ${path}`).toBe("body_too_large");
    }
  });

  it("an article may be larger than 64 KB: it reaches validation, which says what is wrong", async () => {
    const res = await call("POST", "/api/articles", { cookie: admin, body: { title: "Long", slug: "long", body: "word ".repeat(20_000) } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/at most 20,000 characters/);
  });
});

describe("the widget's start limiter", () => {
  it("counts malformed starts too: it runs before the body is validated", async () => {
    const headers = { "cf-connecting-ip": "203.0.113.77" };
    const start = () => call("POST", "/widget/v1/conversations", { headers, body: { experienceId: "exp_malformed", channel: "carrier-pigeon" } });
    // The limiter's windows follow the wall clock (60 a minute): a window can turn over once during the
    // run, so the refusal comes after 60 to 120 starts, never later, and every start before it was a 400.
    const statuses: number[] = [];
    let last;
    while (statuses.length < 125 && statuses.at(-1) !== 429) statuses.push((last = await start()).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeGreaterThan(60);
    expect(statuses.slice(0, -1).every((s) => s === 400)).toBe(true);
    expect(last?.body.error.message).toBe("Too many chats started from here. Wait a minute and try again.");
    // Another client is not affected.
    const other = await call("POST", "/widget/v1/conversations", { headers: { "cf-connecting-ip": "203.0.113.78" }, body: { experienceId: "exp_malformed", channel: "carrier-pigeon" } });
    expect(other.status).toBe(400);
  });
});
