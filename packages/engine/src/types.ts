import type { Dispatcher } from "undici";
import type { TokenStore } from "./token/token-store";
import type { TLoadConfig, TRequestSample, TRunSummary, TScenarioSpec, TShardFrame } from "@stampede/contracts";

/** Where the engine puts one frame per second. Must not block: the caller buffers and ships frames. */
export interface MetricsSink {
  frame(frame: TShardFrame): void;
  /** Sampled requests (failures capped, a share of successes), secrets masked. Optional. */
  sample?(sample: TRequestSample): void;
}

/** What `Clock.setTimeout` returns: only ever handed back to `Clock.clearTimeout`. */
export type TimerHandle = object;

/**
 * Time source and timers, injectable so schedulers can be tested in virtual time (test-support/virtual-clock.ts).
 * Every wait in the engine goes through it; intervals and sleeps are built on `setTimeout` (see timers.ts).
 */
export interface Clock {
  /** Wall-clock milliseconds since the epoch (frame seconds are counted from the run's start on it). */
  now(): number;
  /** Monotonic high-resolution milliseconds, for latencies. */
  hrtime(): number;
  /** CPU time this process has used, in microseconds (user + system); absent where it cannot be read. */
  cpuMicros?(): number;
  /** Calls `fn` once, `ms` from now (at the earliest). */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  /** Cancels a timer that has not fired yet; anything else is ignored. */
  clearTimeout(handle: TimerHandle | undefined): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  hrtime: () => performance.now(),
  cpuMicros: () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  },
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout | undefined),
};

/** Everything the engine needs to run one shard of a run. */
export interface LoadPlan {
  scenario: TScenarioSpec;
  /** This shard's share of the load. */
  load: TLoadConfig;
  /**
   * Epoch ms the run started; every shard counts frame seconds from it. Defaults to the moment the engine is
   * ready (after warm-up and pre-connect), so the schedule never starts in the past.
   */
  startedAtMs?: number;
  /** Content of the CSV files the scenario's data sources name, by file name (`token.csv`). */
  data?: Record<string, string | Uint8Array>;
  /** Which shard of how many this is: sequential and unique data rows are split between shards. */
  shard?: { index: number; count: number };
  /**
   * This shard takes over mid-run from a generator that was lost: in TPS mode its schedule starts where the run
   * is now, since what fell due before was the previous owner's (not late, not dropped).
   */
  joinsMidRun?: boolean;
  /**
   * Allowlist entries (contracts' host patterns) a request's host must match, or it is not sent and counts as
   * `blocked_target`. Absent: every host is allowed (the engine's own tests and warm-up).
   */
  allowlist?: readonly string[];
}

/** Speed changes while running: `value` VUs or iterations/s, for the whole shard or, with `flow`, that flow. */
export interface LoadControl {
  subscribe(listener: (value: number, flow?: string) => void): () => void;
}

export interface RunLoadOptions {
  plan: LoadPlan;
  sink: MetricsSink;
  /**
   * Aborting stops the run: no new iteration starts, answers in flight are waited for up to a grace (2 s, or
   * the longest step timeout if lower) and counted; what is still open then is cancelled and counted as `aborted`.
   */
  signal?: AbortSignal;
  clock?: Clock;
  /** Where the token provider's token is shared; the worker passes a Redis-backed one. Default: this process. */
  tokenStore?: TokenStore;
  control?: LoadControl;
  /**
   * Warm the engine's code up against a local server of its own before the run starts (see warm-up.ts).
   * Default: in TPS mode, where a cold start shows as dropped iterations.
   */
  warmUp?: boolean;
  /**
   * Called once the schedule's start is fixed — after warm-up and pre-connect, or the planned start when one
   * was given — before the first iteration. A caller that shows elapsed time counts from this instant.
   */
  onStart?(startedAtMs: number): void;
  /** Send every request through this dispatcher instead of the engine's own connections (tests: a stub). */
  dispatcher?: Dispatcher;
}

export type { TRunSummary };
