import type { Dispatcher } from "undici";
import type { CompiledFlow } from "./compile/compile-scenario";
import type { CookieJar } from "./http/cookie-jar";
import type { FunnelGate } from "./funnel-gate";
import type { TargetGuard } from "./http/target-guard";
import type { VuConnection, VuConnections } from "./http/vu-connections";
import type { VuDataState } from "./data/data-feeders";
import type { MetricsCollector } from "./metrics/collector";
import type { VuLatencyCorrection } from "./metrics/latency-correction";
import type { RendezvousPoints } from "./rendezvous";
import type { Sampler } from "./sampling/sampler";
import type { StepTracer } from "./step-tracer";
import type { Params } from "./template";
import type { TokenProvider } from "./token/token-provider";
import type { Clock } from "./types";

/** What every VU of a run shares. */
export interface RunContext {
  /** Shared pool: token fetches and steps that follow redirects (which may lead to other origins). */
  dispatcher: Dispatcher;
  /** Every VU's own connection per origin, for its API operations. */
  connections: Pick<VuConnections, "for">;
  redirectingDispatcher: Dispatcher;
  collector: MetricsCollector;
  clock: Clock;
  /** `clock.hrtime`, bound once: handed to every request. */
  hrtime: () => number;
  tokenProvider: TokenProvider | undefined;
  rendezvous: Pick<RendezvousPoints, "arrive">;
  /** The sampled request log, when the sink keeps one. */
  sampler: Sampler | undefined;
  /** True once the run is ending: VUs finish the request they are in and start nothing new. */
  readonly stopping: boolean;
  /** True once a stop's grace ran out and the requests still in flight were cancelled (counted as `aborted`). */
  readonly aborted: boolean;
  /** Waits `ms`, or less if the run stops meanwhile. */
  sleep(ms: number): Promise<void>;
  /** Refuses requests whose host is outside the run's target allowlist; absent: every host is allowed. */
  targets?: TargetGuard;
  /** Watches every step (the debugger); a run has none. */
  tracer?: StepTracer;
}

/** One virtual user: its session parameters, cookie jar and data rows. */
export interface VirtualUser {
  index: number;
  flow: CompiledFlow;
  params: Params;
  jar: CookieJar | undefined;
  data: VuDataState;
  /** Its own keep-alive connection(s), opened on first use. */
  connection: VuConnection | undefined;
  /** What its requests' latency is corrected by (coordinated omission). */
  correction: VuLatencyCorrection;
  /** TPS funnel: its flow's gates by step index (shared with the flow's other VUs); absent without a funnel. */
  funnel?: ReadonlyArray<FunnelGate | undefined>;
}
