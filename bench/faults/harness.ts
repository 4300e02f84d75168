/**
 * What the fault tests share: Parley started as `npm start` starts it (e2e/server.ts) on a state folder the
 * test owns, behind a TCP forwarder on a fixed port of 127.0.0.1, so the test can kill the whole runtime
 * (the process group, SIGKILL) and start it again on the same state and the same address while clients
 * reconnect; and clients that remember what they sent, so a test can check what survived.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, type RunningServer } from "../../e2e/server.ts";
import type { ApiClient } from "../lib/client.ts";
import type { ChatSocket, Entry } from "../lib/chat.ts";
import { TcpProxy } from "../lib/proxy.ts";
import { serverGroup } from "../lib/runtime.ts";
import { inDir, snapshotTree, type TreeSnapshot } from "../lib/snapshot.ts";

export class Product {
  readonly proxy: TcpProxy;
  readonly stateDir: string;
  /** The sources the server runs from: a copy, so edits elsewhere in the tree do not reload it mid-test. */
  private readonly tree: TreeSnapshot;
  private server: RunningServer | null;

  private constructor(proxy: TcpProxy, stateDir: string, tree: TreeSnapshot, server: RunningServer) {
    this.proxy = proxy;
    this.stateDir = stateDir;
    this.tree = tree;
    this.server = server;
  }

  static async start(): Promise<Product> {
    const proxy = await TcpProxy.start();
    const stateDir = mkdtempSync(join(tmpdir(), "parley-faults-"));
    const tree = snapshotTree();
    try {
      const server = await inDir(tree.dir, () => startServer({ stateDir }));
      proxy.forwardTo(server.url);
      return new Product(proxy, stateDir, tree, server);
    } catch (err) {
      await proxy.close();
      rmSync(stateDir, { recursive: true, force: true });
      tree.remove();
      throw err;
    }
  }

  /** Where clients connect: the forwarder, whose port stays the same across restarts. */
  get url(): string {
    return this.proxy.url;
  }

  /** Kills the runtime at once (SIGKILL to the process group: wrangler, workerd, everything) and refuses connections. */
  async crash(): Promise<void> {
    const pgid = serverGroup(this.stateDir);
    this.proxy.forwardTo(null);
    process.kill(-pgid, "SIGKILL");
    this.server = null;
    const end = Date.now() + 10_000;
    while (groupAlive(pgid)) {
      if (Date.now() > end) throw new Error(`process group ${pgid} still alive 10 s after SIGKILL`);
      await new Promise((r) => setTimeout(r, 50));
    }
    this.proxy.dropAll();
  }

  /** Starts the runtime again on the same state folder, behind the same address; answers how long it took (s). */
  async restart(): Promise<number> {
    const t0 = Date.now();
    this.server = await inDir(this.tree.dir, () => startServer({ stateDir: this.stateDir }));
    this.proxy.forwardTo(this.server.url);
    return (Date.now() - t0) / 1000;
  }

  async stop(): Promise<void> {
    try {
      await this.server?.stop();
    } finally {
      this.server = null;
      await this.proxy.close();
      rmSync(this.stateDir, { recursive: true, force: true });
      this.tree.remove();
    }
  }

  /** The local D1 database file of this state folder (wrangler dev's SQLite file for the DB binding). */
  d1File(): string {
    const dir = join(this.stateDir, "v3", "d1", "miniflare-D1DatabaseObject");
    const files = readdirSync(dir).filter((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
    assert.equal(files.length, 1, `one D1 database in ${dir}`);
    return join(dir, files[0]!);
  }
}

function groupAlive(pgid: number): boolean {
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid && fields[0] !== "Z") return true;
    } catch {
      /* gone meanwhile */
    }
  }
  return false;
}

/** A client that remembers every message it sent (id → body), so it can resend what was not acknowledged. */
export class Sender {
  readonly socket: ChatSocket;
  readonly prefix: string;
  readonly sent = new Map<string, string>();

  constructor(socket: ChatSocket, prefix: string) {
    this.socket = socket;
    this.prefix = prefix;
  }

  /** Sends the next message if the socket is open; answers its id (null when closed). */
  next(): string | null {
    if (this.socket.closed) return null;
    const id = `${this.prefix}-${this.sent.size + 1}`;
    const body = `Message ${id}`;
    this.sent.set(id, body);
    try {
      this.socket.message(id, body);
    } catch {
      /* closed under us: it stays unacknowledged and is resent */
    }
    return id;
  }

  unacked(): string[] {
    return [...this.sent.keys()].filter((id) => !this.socket.acks.has(id));
  }

  /** After a reconnect: everything not acknowledged goes again with the same client id. */
  resend(): number {
    const ids = this.unacked();
    for (const id of ids) this.socket.message(id, this.sent.get(id)!);
    return ids.length;
  }

  async allAcked(ms = 20_000): Promise<void> {
    await this.socket.until(`acks for ${this.prefix}`, () => this.unacked().length === 0, ms);
  }
}

/** The whole transcript as the product stores it (read through the API as an admin). */
export async function transcript(admin: ApiClient, conversationId: string): Promise<Entry[]> {
  return (await admin.call("GET", `/api/conversations/${conversationId}`)).transcript as Entry[];
}

/** Every message of `sender` is in the transcript exactly once, at the seq its ack named, with its body. */
export function assertStoredOnce(entries: Entry[], sender: Sender): void {
  for (const [id, body] of sender.sent) {
    const found = entries.filter((e) => e.clientId === id);
    assert.equal(found.length, 1, `${id} is stored once (found ${found.length})`);
    assert.equal(found[0]!.body, body);
    const acked = sender.socket.acks.get(id);
    if (acked !== undefined) assert.equal(found[0]!.seq, acked, `${id} is where its ack said`);
  }
}

/** The transcript's seqs run 1, 2, 3… and the client saw each entry exactly once, none missing. */
export function assertSeenOnceInOrder(entries: Entry[], socket: ChatSocket, who: string): void {
  entries.forEach((e, i) => assert.equal(e.seq, i + 1, "the transcript's seqs have no gaps"));
  assert.deepEqual(socket.duplicates(), [], `${who} got no entry twice`);
  const last = entries.at(-1)?.seq ?? 0;
  const missing = entries.map((e) => e.seq).filter((seq) => seq <= socket.lastSeq && !socket.received.has(seq));
  assert.deepEqual(missing, [], `${who} missed no entry up to seq ${socket.lastSeq} (of ${last})`);
}

/** A welcome after `lastSeq` holds exactly the entries after it, in order. */
export function assertBacklog(welcome: any, lastSeq: number): void {
  const seqs = (welcome.messages as Entry[]).map((m) => m.seq);
  seqs.forEach((seq, i) => assert.equal(seq, lastSeq + 1 + i, "the welcome's backlog starts after lastSeq, in order"));
}
