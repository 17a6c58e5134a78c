import type { DataFeeders } from "../data/data-feeders";
import type { RunContext, VirtualUser } from "../run-context";

/** What an executor needs from the run around it. */
export interface ExecutorDeps {
  ctx: RunContext;
  startedAtMs: number;
  /** A new VU with its own session parameters, cookie jar and data state. */
  createVu(index: number): VirtualUser;
  /** The data sources that feed each iteration its rows. */
  feeders: DataFeeders;
}

/** Drives VUs through iterations according to a load model. */
export interface Executor {
  start(): void;
  /** Changes the load while running: a new VU count (concurrency) or a new rate (arrival rate). */
  setSpeed(value: number): void;
  activeVus(): number;
  /** Resolves when the executor has no more work (iteration limit reached, data exhausted, slots used up). */
  readonly exhausted: Promise<void>;
  /** Stops starting iterations and waits for the running ones (which the context may have aborted). */
  stop(): Promise<void>;
}
