/**
 * A TCP forwarder on a fixed port of 127.0.0.1 for the fault tests: clients keep one address while the
 * server behind it is killed and started again (e2e/server.ts picks a new free port each start), and
 * every connection through it can be cut at once, as a network drop cuts them.
 */
import { connect, createServer, type Server, type Socket } from "node:net";

export class TcpProxy {
  readonly port: number;
  private target: number | null = null;
  private readonly server: Server;
  private readonly open = new Set<Socket>();

  private constructor(server: Server, port: number) {
    this.server = server;
    this.port = port;
  }

  static async start(): Promise<TcpProxy> {
    let proxy!: TcpProxy;
    const server = createServer((client) => proxy.accept(client));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (typeof address !== "object" || !address) throw new Error("no address");
    proxy = new TcpProxy(server, address.port);
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Where connections go from now on (the server's port), or null: refuse them, as a stopped server does. */
  forwardTo(url: string | null): void {
    this.target = url === null ? null : Number(new URL(url).port);
  }

  private accept(client: Socket): void {
    if (this.target === null) return void client.destroy();
    const upstream = connect(this.target, "127.0.0.1");
    for (const s of [client, upstream]) {
      this.open.add(s);
      s.setNoDelay(true);
      s.on("close", () => this.open.delete(s));
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** Cuts every connection at once (no WebSocket close frame: the clients see an abnormal close). */
  dropAll(): number {
    const n = this.open.size;
    for (const s of this.open) s.destroy();
    return n / 2;
  }

  async close(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
