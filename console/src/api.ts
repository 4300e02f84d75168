/** The console's one way to call the API: JSON in and out, and the API's own message on refusal. */
import { ApiErrorBody } from "../../protocol/errors";

export class ApiRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Each field the API refused (path such as "businessHours.days.2") with its own message. */
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Dispatched on `window` when the API says the session is gone. */
export const SESSION_ENDED = "parley:session-ended";

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ApiErrorBody.safeParse(data);
    // The session ended (signed out in another tab, expired, revoked): the console goes to sign-in.
    if (res.status === 401 && parsed.success && parsed.data.error.code.startsWith("session_")) window.dispatchEvent(new Event(SESSION_ENDED));
    throw new ApiRefusal(res.status, parsed.success ? parsed.data.error.message : `The server answered ${res.status}.`, parsed.success ? (parsed.data.error.issues ?? []) : []);
  }
  return data as T;
}
