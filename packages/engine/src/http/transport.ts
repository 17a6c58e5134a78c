import type { TLoadConfig } from "@stampede/contracts";
import { Agent, type Dispatcher, interceptors } from "undici";
import type { CompiledScenario } from "../compile/compile-scenario";
import type { Clock } from "../types";
import { preconnect } from "./preconnect";
import { refuseBlockedRedirects, type TargetGuard } from "./target-guard";
import { VuConnections } from "./vu-connections";
import { WarmConnector } from "./warm-connector";

/** Where a run's requests go, and how its connections end. */
export interface Transport {
  /** Shared pool: token fetches and steps that follow redirects (which may lead to other origins). */
  dispatcher: Dispatcher;
  redirectingDispatcher: Dispatcher;
  /** Every VU's own connection per origin, for its API operations. */
  connections: Pick<VuConnections, "for">;
  /** Waits for answers in flight, then closes every connection. */
  close(): Promise<void>;
  /** Cancels what is in flight: each such request fails with undici's "destroyed" error (kind `aborted`). */
  destroy(): Promise<void>;
}

/**
 * The engine's own connections for a run: a shared pool, each VU's own connection per origin, and the
 * sockets the run's first moments need, opened before the start (see preconnect.ts).
 */
export async function openTransport(
  scenario: CompiledScenario,
  load: TLoadConfig,
  clock: Clock,
  targets?: TargetGuard,
): Promise<Transport> {
  const maxVus = load.mode === "rate" ? load.maxVus : load.vus;
  const connector = new WarmConnector(clock);
  const connections = new VuConnections(connector.connect);
  const agent = new Agent({
    connections: Math.max(1, maxVus),
    keepAliveTimeout: 30_000,
    pipelining: 1,
    connect: connector.connect,
  });
  await preconnect(connector, scenario, load, targets);
  return {
    dispatcher: agent,
    redirectingDispatcher: agent.compose(
      refuseBlockedRedirects(targets),
      interceptors.redirect({ maxRedirections: 10 }),
    ),
    connections,
    close: async () => {
      await Promise.all([agent.close().catch(() => undefined), connections.close()]);
      connector.close();
    },
    destroy: async () => {
      await Promise.all([agent.destroy().catch(() => undefined), connections.destroy()]);
      connector.close();
    },
  };
}

/** Every request through one given dispatcher (tests: a stub answering in virtual time). */
export function transportOver(dispatcher: Dispatcher): Transport {
  return {
    dispatcher,
    redirectingDispatcher: dispatcher,
    connections: { for: () => dispatcher },
    close: () => dispatcher.close().catch(() => undefined),
    destroy: () => dispatcher.destroy().catch(() => undefined),
  };
}
