import type { IterationOutcome } from "../run-iteration";
import type { RunContext, VirtualUser } from "../run-context";

/** What an executor needs from the run around it. */
export interface ExecutorDeps {
  ctx: RunContext;
  startedAtMs: number;
  /**
   * The shard takes over mid-run from a lost generator: what fell due before it starts was the previous
   * owner's, so it is neither started late nor counted as dropped here.
   */
  joinsMidRun?: boolean;
  /** A new VU with its own session parameters, cookie jar and data state. */
  createVu(index: number): VirtualUser;
  /** Concurrency mode: the flow VU `index` runs (per-flow speed changes count a flow's VUs by it). */
  flowOf?(index: number): string;
  /** One pass of `vu` over its flow (the run's `runIteration`; tests pass a stub that takes virtual time). */
  iterate(vu: VirtualUser): Promise<IterationOutcome>;
}

/** Drives VUs through iterations according to a load model. */
export interface Executor {
  start(): void;
  /**
   * Changes the load while running: a new VU count (concurrency) or a new rate (arrival rate), for the whole
   * load or, with `flow`, for that flow's part of it (a change for the whole load undoes per-flow ones).
   */
  setSpeed(value: number, flow?: string): void;
  activeVus(): number;
  /**
   * Starts what the schedule has made due by now. runLoad calls it when the duration ends, before stopping:
   * the end timer may fire before the executor's own last tick, and a slot due before the end still runs.
   */
  catchUp(): void;
  /** Resolves when the executor has no more work (iteration limit reached, data exhausted, slots used up). */
  readonly exhausted: Promise<void>;
  /** Stops starting iterations and waits for the running ones (which the context may have aborted). */
  stop(): Promise<void>;
}
