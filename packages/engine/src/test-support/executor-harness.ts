import { MetricsCollector } from "../metrics/collector";
import { newVuLatencyCorrection } from "../metrics/latency-correction";
import type { ExecutorDeps } from "../executors/executor";
import type { RunContext, VirtualUser } from "../run-context";
import { sleep } from "../timers";
import type { VirtualClock } from "./virtual-clock";

/**
 * An executor's surroundings without HTTP, in virtual time: each iteration "takes" `takeMs(n)` virtual ms
 * (n counts iterations from 0) and its start is noted, so a test can count starts per second exactly.
 */
export function executorHarness(clock: VirtualClock, takeMs: (n: number) => number = () => 1) {
  const collector = new MetricsCollector();
  const startedAtMs = clock.now();
  const starts: number[] = [];
  let stopping = false;
  const ctx = {
    clock,
    collector,
    get stopping() {
      return stopping;
    },
    aborted: false,
  } as unknown as RunContext;
  const deps: ExecutorDeps = {
    ctx,
    startedAtMs,
    createVu: (index) => ({ index, correction: newVuLatencyCorrection() }) as VirtualUser,
    iterate: async () => {
      const n = starts.length;
      starts.push(clock.now() - startedAtMs);
      await sleep(clock, takeMs(n));
      collector.iterationDone();
      return "done";
    },
  };
  return {
    deps,
    collector,
    /** Iteration starts, in ms from the start. */
    starts,
    /** How many iterations started in each second, from second 0 to `seconds - 1`. */
    startsPerSecond(seconds: number): number[] {
      const counts = Array<number>(seconds).fill(0);
      for (const ms of starts) if (ms < seconds * 1000) counts[Math.floor(ms / 1000)]!++;
      return counts;
    },
    /** What runLoad does at the end: no iteration starts any more. */
    stopping() {
      stopping = true;
    },
  };
}
