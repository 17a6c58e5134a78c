import type { TLoadConfig, TRunSummary, TScenarioSpec, TShardFrame } from "@stampede/contracts";

/** Where the engine puts one frame per second. Must not block: the caller buffers and ships frames. */
export interface MetricsSink {
  frame(frame: TShardFrame): void;
}

/** Time source, injectable so schedulers can be tested without waiting. */
export interface Clock {
  /** Wall-clock milliseconds since the epoch (frame seconds are counted from the run's start on it). */
  now(): number;
  /** Monotonic high-resolution milliseconds, for latencies. */
  hrtime(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  hrtime: () => performance.now(),
};

/** Everything the engine needs to run one shard of a run. */
export interface LoadPlan {
  scenario: TScenarioSpec;
  /** This shard's share of the load. */
  load: TLoadConfig;
  /** Epoch ms the run started; every shard counts frame seconds from it. Defaults to now. */
  startedAtMs?: number;
}

export interface RunLoadOptions {
  plan: LoadPlan;
  sink: MetricsSink;
  /** Aborting stops the run at once: in-flight requests are cancelled and not counted. */
  signal?: AbortSignal;
  clock?: Clock;
}

export type { TRunSummary };
