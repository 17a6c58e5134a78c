import { Client, type Dispatcher, type buildConnector } from "undici";

/** One VU's connections: the last origin it used (nearly always its only one), and any others. */
export interface VuConnection {
  origin: string;
  client: Client;
  others: Map<string, Client> | undefined;
}

/**
 * Each VU's own keep-alive connection per origin, as a browser tab or a k6/PTS virtual user has. A shared
 * pool would serve the same load, but it looks for a free connection on every request by scanning all of
 * them — cheap with a handful, costly with hundreds busy at once (a TPS burst), and ~15% of the CPU per
 * request even with 50. Here a request goes straight to its VU's connection.
 */
export class VuConnections {
  private readonly clients = new Set<Client>();

  constructor(private readonly connect: buildConnector.connector) {}

  /** The dispatcher `slot` (a VU's) uses for `origin`, opened on first use. */
  for(slot: { connection: VuConnection | undefined }, origin: string): Dispatcher {
    const conn = slot.connection;
    if (conn !== undefined && conn.origin === origin) return conn.client;
    if (conn === undefined) {
      const client = this.open(origin);
      slot.connection = { origin, client, others: undefined };
      return client;
    }
    // A second origin: keep the previous one in `others`, make this one the fast path.
    const others = (conn.others ??= new Map());
    others.set(conn.origin, conn.client);
    let client = others.get(origin);
    if (!client) client = this.open(origin);
    others.delete(origin);
    conn.origin = origin;
    conn.client = client;
    return client;
  }

  private open(origin: string): Client {
    const client = new Client(origin, { pipelining: 1, keepAliveTimeout: 30_000, connect: this.connect });
    this.clients.add(client);
    return client;
  }

  /** Waits for in-flight requests, then closes every connection. */
  async close(): Promise<void> {
    await Promise.all([...this.clients].map((c) => c.close().catch(() => undefined)));
  }

  /** Cancels in-flight requests and closes every connection. */
  async destroy(): Promise<void> {
    await Promise.all([...this.clients].map((c) => c.destroy().catch(() => undefined)));
  }
}
