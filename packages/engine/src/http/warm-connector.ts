import { connect, type Socket } from "node:net";
import { buildConnector } from "undici";
import type { Clock } from "../types";
import { type ConnectTimings, handOverConnection, watchConnection } from "./connection-timings";
import { writeRequestsWhole } from "./single-write-socket";

/** What undici's connector really returns (its types say void): the socket it is opening. */
type SocketConnector = (...args: Parameters<buildConnector.connector>) => Socket | undefined;

/**
 * An undici connector with a reserve of sockets opened before the run starts. A TPS run that begins cold
 * opens hundreds of connections in its first second, and its first iterations queue behind the handshakes
 * — measured as latency and dropped iterations that belong to the generator's start, not to the target.
 * Plain-HTTP origins only; HTTPS connects on demand as before.
 */
export class WarmConnector {
  private readonly reserve = new Map<string, Socket[]>();
  private readonly fallback = buildConnector({});

  constructor(private readonly clock: Clock) {}

  /** Opens `count` sockets to an http origin; resolves when they are connected (or failed, silently). */
  async preconnect(origin: string, count: number, timeoutMs = 2000): Promise<number> {
    const url = new URL(origin);
    if (url.protocol !== "http:" || count <= 0) return 0;
    const port = Number(url.port || 80);
    const key = `${url.hostname}:${port}`;
    const sockets = await Promise.all(
      Array.from(
        { length: count },
        () =>
          new Promise<Socket | undefined>((resolve) => {
            const socket = connect({ host: url.hostname.replace(/^\[|\]$/g, ""), port });
            const timer = this.clock.setTimeout(() => (socket.destroy(), resolve(undefined)), timeoutMs);
            socket.once("connect", () => (this.clock.clearTimeout(timer), resolve(socket)));
            socket.once("error", () => (this.clock.clearTimeout(timer), resolve(undefined)));
          }),
      ),
    );
    const ready = sockets.filter((s): s is Socket => s !== undefined);
    for (const s of ready) writeRequestsWhole(s).setNoDelay(true);
    this.reserve.set(key, [...(this.reserve.get(key) ?? []), ...ready]);
    return ready.length;
  }

  /**
   * The connector undici calls: a reserved socket when one is left for the origin (opened before the run: its
   * first request counts it as reused), else a new one, whose DNS, connect and TLS time its first request reports.
   */
  readonly connect: buildConnector.connector = (options, callback) => {
    if (options.protocol === "http:") {
      const list = this.reserve.get(`${options.hostname}:${Number(options.port || 80)}`);
      let socket = list?.pop();
      while (socket && (socket.destroyed || !socket.writable)) socket = list?.pop();
      if (socket) {
        const ready = socket;
        queueMicrotask(() => callback(null, ready));
        return;
      }
    }
    let timings: (() => ConnectTimings) | undefined;
    const socket = (this.fallback as SocketConnector)(options, (...args) => {
      const [error, opened] = args;
      if (error === null && timings) handOverConnection(timings(), () => callback(null, opened));
      else callback(...args);
    });
    if (socket) timings = watchConnection(writeRequestsWhole(socket), options.protocol === "https:", this.hrtime);
  };

  private readonly hrtime = () => this.clock.hrtime();

  /** Closes whatever the run did not use. */
  close() {
    for (const list of this.reserve.values()) for (const s of list) s.destroy();
    this.reserve.clear();
  }
}
