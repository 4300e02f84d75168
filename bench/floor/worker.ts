/**
 * The floor of `npm run bench`: a bare Durable Object WebSocket echo in the same local runtime as Parley.
 * The Worker hands the upgrade to one object per `room` (as Parley's Worker hands it to a conversation);
 * the object accepts the socket with the hibernation API and sends every frame back to its sender.
 *
 * `mode` adds one piece of what a conversation does per message, so the report can say what costs what:
 * - `echo` (the floor): nothing;
 * - `store`: the frame is inserted into the object's SQLite storage before the echo (the output gate holds
 *   the echo until the write is durable, as it holds Parley's ack);
 * - `store_alarm`: the insert plus moving the object's alarm (Parley re-arms its deadlines on every message);
 * - `hop`: the object calls another object (a fetch to its stub) before the echo (Parley's actors call each other);
 * - `d1`: the frame is written to D1 before the echo (what Parley's work-item outbox does, off the message path);
 * - `relay`: the frame goes to the room's other sockets instead of back (a customer's message reaching the agent);
 * - `durable` (the durable floor, the least a durable chat message can cost): the frame is stored with one
 *   SQLite insert into a table with one index, then relayed to the room's other sockets.
 * Only the `store` modes touch the object's SQLite database (so the idle-memory floor can tell an object's
 * own cost from its database's).
 *
 * Type-checked with the scripts' Node types, so the few platform types it needs are declared here.
 */
declare const WebSocketPair: { new (): { 0: WebSocket; 1: WebSocket } };

interface ObjectState {
  acceptWebSocket(ws: WebSocket, tags?: string[]): void;
  getWebSockets(tag?: string): WebSocket[];
  getTags(ws: WebSocket): string[];
  storage: {
    sql: { exec(query: string, ...bindings: unknown[]): unknown };
    setAlarm(at: number): Promise<void>;
  };
}

interface Env {
  ECHO: { idFromName(name: string): unknown; get(id: unknown): { fetch(request: Request): Promise<Response> } };
  DB: { prepare(query: string): { bind(...values: unknown[]): { run(): Promise<unknown> } } };
}

const MODES = ["echo", "store", "store_alarm", "hop", "d1", "relay", "durable"] as const;
let d1Ready: Promise<unknown> | null = null;
type Mode = (typeof MODES)[number];

export class Echo {
  private readonly ctx: ObjectState;
  private readonly env: Env;
  private tableReady = false;

  constructor(ctx: ObjectState, env: Env) {
    this.ctx = ctx;
    this.env = env;
  }

  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/ping") return new Response("pong"); // another object's call, in the `hop` mode
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("Expected a WebSocket upgrade.", { status: 426 });
    const asked = url.searchParams.get("mode") ?? "echo";
    const mode: Mode = (MODES as readonly string[]).includes(asked) ? (asked as Mode) : "echo";
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1], [mode, url.searchParams.get("room") ?? "floor"]);
    return new Response(null, { status: 101, webSocket: pair[0] } as ResponseInit);
  }

  async webSocketMessage(ws: WebSocket, data: string | ArrayBuffer): Promise<void> {
    const [mode = "echo", room = "floor"] = this.ctx.getTags(ws) as [Mode?, string?];
    if (mode === "hop") {
      const peer = this.env.ECHO.get(this.env.ECHO.idFromName(`${room}-peer`));
      await (await peer.fetch(new Request("https://peer.internal/ping"))).text();
    }
    if (mode === "d1") {
      d1Ready ??= this.env.DB.prepare("CREATE TABLE IF NOT EXISTS frames (seq INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL, at INTEGER NOT NULL)").bind().run();
      await d1Ready;
      await this.env.DB.prepare("INSERT INTO frames (data, at) VALUES (?, ?)").bind(typeof data === "string" ? data : "", Date.now()).run();
    }
    if (mode === "store" || mode === "store_alarm") {
      if (!this.tableReady) {
        this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS frames (seq INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL, at INTEGER NOT NULL)");
        this.tableReady = true;
      }
      this.ctx.storage.sql.exec("INSERT INTO frames (data, at) VALUES (?, ?)", typeof data === "string" ? data : "", Date.now());
      if (mode === "store_alarm") void this.ctx.storage.setAlarm(Date.now() + 600_000);
    }
    if (mode === "durable") {
      if (!this.tableReady) {
        this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY, data TEXT NOT NULL, at INTEGER NOT NULL)");
        this.ctx.storage.sql.exec("CREATE INDEX IF NOT EXISTS messages_at ON messages (at)");
        this.tableReady = true;
      }
      this.ctx.storage.sql.exec("INSERT INTO messages (data, at) VALUES (?, ?)", typeof data === "string" ? data : "", Date.now());
    }
    if (mode === "relay" || mode === "durable") {
      for (const other of this.ctx.getWebSockets()) if (other !== ws) other.send(data);
      return;
    }
    ws.send(data);
  }

  webSocketClose(ws: WebSocket, code: number, reason: string): void {
    try {
      ws.close(code === 1005 ? 1000 : code, reason);
    } catch {
      /* already closed */
    }
  }

  alarm(): void {
    /* the store_alarm mode only moves the alarm; nothing to do when it fires */
  }
}

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    const room = new URL(request.url).searchParams.get("room") ?? "floor";
    return env.ECHO.get(env.ECHO.idFromName(room)).fetch(request);
  },
};
