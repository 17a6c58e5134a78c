import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FreezeGate } from "./freeze";
import { resolveOptions, type DemoTargetOptions } from "./options";
import { createRequestListener } from "./pipeline";
import { Stats, type DemoStats } from "./stats";
import { TokenStore } from "./token-store";

/** A running demo target. */
export interface DemoTarget {
  /** Base URL to send requests to, e.g. http://127.0.0.1:4010 (no trailing slash). */
  url: string;
  port: number;
  options: DemoTargetOptions;
  stats(): DemoStats;
  resetStats(): void;
  /** Stops listening and drops keep-alive connections, so a test run ends at once. */
  close(): Promise<void>;
}

// Longer than the 60 s idle timeout of common load balancers and clients, so the server is never the side
// that closes a pooled connection just as a request is sent on it.
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Starts a mini-program backend simulator; port 0 picks a free port. */
export async function createDemoTarget(input: Partial<DemoTargetOptions> = {}): Promise<DemoTarget> {
  const options = resolveOptions(input);
  const shutdown = new AbortController();
  const stats = new Stats();
  const deps = {
    options,
    stats,
    store: new TokenStore({ ttlSeconds: options.tokenTtlSeconds, graceSeconds: options.graceSeconds }),
    freeze: new FreezeGate(shutdown.signal),
  };
  const server = createServer(createRequestListener(deps, shutdown.signal));
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === "0.0.0.0" || options.host === "::" ? "127.0.0.1" : options.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    options,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        shutdown.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
