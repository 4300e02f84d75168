/**
 * Customer tokens: what the widget holds to open its customer's conversations of one experience.
 * `base64url(claims).base64url(HMAC-SHA256(claims))`, signed with the CUSTOMER_TOKEN_SECRET secret.
 */
import { z } from "zod";

const Claims = z.object({ s: z.string(), e: z.string(), c: z.string(), exp: z.number() });
export type CustomerClaims = { siteId: string; experienceId: string; customerId: string };

const TOKEN_DAYS = 90;
const encoder = new TextEncoder();

const b64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
function fromB64url(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function key(secret: string): Promise<CryptoKey> {
  if (!secret) throw new Error("CUSTOMER_TOKEN_SECRET is not set (see .dev.vars.example)");
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

export async function signCustomerToken(secret: string, claims: CustomerClaims, now = Date.now()): Promise<string> {
  const body = encoder.encode(JSON.stringify({ s: claims.siteId, e: claims.experienceId, c: claims.customerId, exp: now + TOKEN_DAYS * 86_400_000 }));
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", await key(secret), body));
  return `${b64url(body)}.${b64url(sig)}`;
}

/** The claims of a genuine, unexpired token; null for anything else. */
export async function verifyCustomerToken(secret: string, token: string, now = Date.now()): Promise<CustomerClaims | null> {
  const [body, sig, extra] = token.split(".");
  if (!body || !sig || extra !== undefined) return null;
  try {
    const bodyBytes = fromB64url(body);
    if (!(await crypto.subtle.verify("HMAC", await key(secret), fromB64url(sig), bodyBytes))) return null;
    const claims = Claims.safeParse(JSON.parse(new TextDecoder().decode(bodyBytes)));
    if (!claims.success || claims.data.exp < now) return null;
    return { siteId: claims.data.s, experienceId: claims.data.e, customerId: claims.data.c };
  } catch {
    return null;
  }
}

/** Identity verification, as Intercom and Chatwoot do it: the host site's server signs the customer id. */
export async function identityHashMatches(identitySecret: string, customerId: string, hash: string): Promise<boolean> {
  const expected = new Uint8Array(
    await crypto.subtle.sign("HMAC", await key(identitySecret), encoder.encode(customerId)),
  );
  const given = hash.toLowerCase();
  if (given.length !== expected.length * 2) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected[i]! ^ parseInt(given.slice(i * 2, i * 2 + 2), 16);
  return diff === 0;
}
