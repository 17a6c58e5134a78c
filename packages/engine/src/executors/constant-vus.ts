import type { TConcurrencyLoad } from "@stampede/contracts";
import type { VirtualUser } from "../run-context";
import { every } from "../timers";
import type { Executor, ExecutorDeps } from "./executor";
import { vuSchedule } from "@stampede/contracts";

/** How often the VU count is brought in line with the schedule. */
const ADJUST_EVERY_MS = 100;

/**
 * Concurrency mode: VUs loop over their flow; how many run follows the schedule (or a speed change).
 * A VU above the target finishes its iteration and leaves; below it, new VUs start.
 */
export class ConstantVusExecutor implements Executor {
  private readonly schedule: (ms: number) => number;
  private override: number | undefined;
  /** Per-flow VU caps from speed changes naming a flow (a change for the whole run clears them). */
  private readonly flowCaps = new Map<string, number>();
  /** With per-flow caps: which VU indexes below the target may run; absent: all of them. */
  private allowed: boolean[] | undefined;
  private target = 0;
  private readonly running = new Map<number, Promise<void>>();
  private readonly vus: VirtualUser[] = [];
  private cancelAdjust: (() => void) | undefined;
  private iterationsStarted = 0;
  private stopped = false;
  private doneAny = false;
  private resolveExhausted!: () => void;
  readonly exhausted = new Promise<void>((resolve) => (this.resolveExhausted = resolve));

  constructor(
    private readonly load: TConcurrencyLoad,
    private readonly deps: ExecutorDeps,
  ) {
    this.schedule = vuSchedule(load);
  }

  start() {
    this.adjust();
    this.cancelAdjust = every(this.deps.ctx.clock, ADJUST_EVERY_MS, () => this.adjust());
  }

  setSpeed(vus: number, flow?: string) {
    const count = Math.max(0, Math.min(this.load.vus, Math.round(vus)));
    if (flow === undefined || !this.deps.flowOf) {
      this.override = count;
      this.flowCaps.clear();
    } else {
      // A flow's VUs are the indexes the weighted round robin gives it; the others keep theirs.
      this.override = this.load.vus;
      this.flowCaps.set(flow, count);
    }
    this.adjust();
  }

  activeVus() {
    return this.running.size;
  }

  /** Nothing falls due at an instant in this mode: VUs loop on their own. */
  catchUp() {}

  async stop() {
    this.stopped = true;
    this.cancelAdjust?.();
    await Promise.all(this.running.values());
  }

  private adjust() {
    if (this.stopped) return;
    const { clock } = this.deps.ctx;
    this.target = this.override ?? this.schedule(clock.now() - this.deps.startedAtMs);
    this.allowed = this.flowCaps.size > 0 ? this.allowedByFlow() : undefined;
    for (let i = 0; i < this.target; i++) {
      if (this.running.has(i) || (this.allowed && !this.allowed[i])) continue;
      if (this.doneAny && this.limitReached()) break;
      const vu = (this.vus[i] ??= this.deps.createVu(i));
      const loop = this.loop(vu).finally(() => {
        this.running.delete(i);
        if (this.running.size === 0 && this.doneAny) this.resolveExhausted();
      });
      this.running.set(i, loop);
    }
  }

  /** Index i runs while its flow has fewer than its cap of VUs at lower indexes. */
  private allowedByFlow(): boolean[] {
    const counts = new Map<string, number>();
    return Array.from({ length: this.target }, (_, i) => {
      const flow = this.deps.flowOf!(i);
      const n = (counts.get(flow) ?? 0) + 1;
      counts.set(flow, n);
      return n <= (this.flowCaps.get(flow) ?? Infinity);
    });
  }

  private runs(index: number) {
    return index < this.target && (this.allowed === undefined || this.allowed[index] === true);
  }

  private limitReached() {
    return this.load.iterations !== undefined && this.iterationsStarted >= this.load.iterations;
  }

  private async loop(vu: VirtualUser) {
    const { ctx } = this.deps;
    let yieldedAt = ctx.clock.hrtime();
    while (!this.stopped && !ctx.stopping && this.runs(vu.index)) {
      if (this.limitReached()) {
        this.doneAny = true;
        return;
      }
      this.iterationsStarted++;
      const outcome = await this.deps.iterate(vu);
      if (outcome === "exhausted") {
        this.doneAny = true;
        return;
      }
      // A request that fails before reaching the socket resolves without an event-loop turn; a VU
      // looping on such failures would starve timers (the frame ticker, the end of the run).
      if (ctx.clock.hrtime() - yieldedAt > 20) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        yieldedAt = ctx.clock.hrtime();
      }
    }
  }
}
