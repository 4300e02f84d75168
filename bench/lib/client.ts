/** A small HTTP and WebSocket client for the benchmarks: signs in, keeps the cookie, opens sockets. */
export class ApiClient {
  cookie = "";
  readonly base: string;

  constructor(base: string) {
    this.base = base;
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  async signIn(email: string, password: string): Promise<this> {
    const res = await fetch(`${this.base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error(`sign-in ${email}: ${res.status} ${await res.text()}`);
    this.cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
    return this;
  }

  socket(path: string, protocols?: string[]): Promise<WebSocket> {
    const url = `${this.base.replace(/^http/, "ws")}${path}`;
    const ws = new WebSocket(url, { headers: this.cookie ? { cookie: this.cookie } : {}, protocols } as unknown as string[]);
    return new Promise((resolve, reject) => {
      ws.addEventListener("open", () => resolve(ws), { once: true });
      ws.addEventListener("error", () => reject(new Error(`socket ${path} failed`)), { once: true });
    });
  }
}
