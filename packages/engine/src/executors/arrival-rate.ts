import type { TRateLoad } from "@stampede/contracts";
import type { VirtualUser } from "../run-context";
import { every } from "../timers";
import type { Executor, ExecutorDeps } from "./executor";
import { rateSchedule } from "@stampede/contracts";

/** How many VUs the executors of one shard may still create between them (the flows of a TPS load share it). */
export class VuBudget {
  taken = 0;
  constructor(readonly max: number) {}

  take(): boolean {
    if (this.taken >= this.max) return false;
    this.taken++;
    return true;
  }
}

/** A speed change: from `atMs` on, `rate` iterations per second, after the `startedAt` started until then. */
interface RateOverride {
  atMs: number;
  startedAt: number;
  rate: number;
}

/**
 * Arrival-rate (TPS) mode. A 1 ms tick starts every iteration that is due by the schedule, counted from the
 * absolute start time — a late tick starts what it missed at once, so the rate does not drift. A due
 * iteration with no free VU (all `maxVus` busy) is a dropped iteration, counted, never silently skipped.
 * (One timer per request would not keep up: Node's timers lose most of them at a few thousand a second.)
 * Iteration n (from 0) starts when n iterations' worth of the profile has elapsed — the first at once, as
 * k6 does — so every start falls before the end, and R/s for D s starts exactly R×D iterations.
 */
export class ArrivalRateExecutor implements Executor {
  private readonly schedule: ReturnType<typeof rateSchedule>;
  private readonly endMs: number;
  private readonly free: VirtualUser[] = [];
  private created = 0;
  private started = 0;
  private cancelTick: (() => void) | undefined;
  private readonly running = new Set<Promise<void>>();
  private stopped = false;
  private rateOverride: RateOverride | undefined;
  private resolveExhausted!: () => void;
  readonly exhausted = new Promise<void>((resolve) => (this.resolveExhausted = resolve));

  constructor(
    load: TRateLoad,
    private readonly deps: ExecutorDeps,
    private readonly budget = new VuBudget(load.maxVus),
  ) {
    this.schedule = rateSchedule(load);
    this.endMs = load.durationSeconds * 1000;
  }

  start() {
    if (this.deps.joinsMidRun && this.started === 0) this.started = this.startedBy(this.elapsedMs());
    this.cancelTick = every(this.deps.ctx.clock, 1, () => this.tick());
    this.tick();
  }

  /** From now on, `rate` iterations per second (counted from this moment). */
  setSpeed(rate: number) {
    const atMs = this.elapsedMs();
    this.rateOverride = { atMs, startedAt: this.startedBy(atMs), rate: Math.max(0, rate) };
    if (!this.cancelTick && !this.stopped) this.start();
  }

  activeVus() {
    return this.created - this.free.length;
  }

  /**
   * The duration is over: every iteration due before the end starts now. The end timer can fire a fraction of
   * a millisecond before the wall clock reads the end (timers and Date.now() round differently), so the
   * schedule is read at the end itself, not at "now" — else the last slots (9 of 30,000 at 10k/s) never start.
   */
  catchUp() {
    this.tick(this.endMs);
  }

  async stop() {
    this.stopped = true;
    this.stopTicking();
    await Promise.all(this.running);
  }

  private elapsedMs(): number {
    return this.deps.ctx.clock.now() - this.deps.startedAtMs;
  }

  /** When iteration n (from 0) is due, in ms from the start, honouring a speed change. */
  private startOf(n: number): number {
    const o = this.rateOverride;
    if (o && n >= o.startedAt) return o.atMs + ((n - o.startedAt + 1) * 1000) / o.rate;
    return n === 0 ? 0 : this.schedule.timeOfSlot(n);
  }

  /** How many iterations are due by `ms` (all of them start before the end). */
  private startedBy(ms: number): number {
    const o = this.rateOverride;
    if (!o) return Math.min(this.schedule.total, this.schedule.dueBy(ms) + 1);
    // The override's starts fall at atMs + j/rate for j = 1, 2, ...; one exactly at the end does not start.
    const span = Math.max(0, (o.rate * (Math.min(ms, this.endMs) - o.atMs)) / 1000);
    return o.startedAt + (ms < this.endMs ? Math.floor(span + 1e-9) : Math.max(0, Math.ceil(span - 1e-9) - 1));
  }

  private stopTicking() {
    this.cancelTick?.();
    this.cancelTick = undefined;
  }

  private tick(atLeastMs = 0) {
    if (this.stopped || this.deps.ctx.stopping) return;
    const elapsedMs = Math.max(this.elapsedMs(), atLeastMs);
    const due = this.startedBy(elapsedMs);
    const { collector } = this.deps.ctx;
    while (this.started < due) {
      // How late this start is against the schedule: the scheduler's own accuracy, reported in the summary.
      const lateMs = elapsedMs - this.startOf(this.started);
      collector.scheduleLateness(lateMs);
      this.started++;
      const vu = this.free.pop() ?? (this.budget.take() ? this.deps.createVu(this.created++) : undefined);
      if (!vu) {
        collector.iterationDropped();
        continue;
      }
      // Coordinated omission: the iteration's first request is also measured from the slot's intended start.
      vu.correction.lateUs = Math.max(0, lateMs * 1000);
      const run: Promise<void> = this.deps.iterate(vu).then((outcome) => {
        this.running.delete(run);
        if (outcome === "exhausted") {
          this.stopped = true;
          this.resolveExhausted();
        } else this.free.push(vu);
      });
      this.running.add(run);
    }
    if (!this.rateOverride && this.started >= this.schedule.total) this.stopTicking();
  }
}
