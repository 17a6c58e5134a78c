import type { TRateLoad } from "@stampede/contracts";
import { runIteration } from "../run-iteration";
import type { VirtualUser } from "../run-context";
import type { Executor, ExecutorDeps } from "./executor";
import { rateSchedule } from "@stampede/contracts";

/**
 * Arrival-rate (TPS) mode. A 1 ms tick starts every iteration that is due by the schedule, counted from the
 * absolute start time — a late tick starts what it missed at once, so the rate does not drift. A due
 * iteration with no free VU (all `maxVus` busy) is a dropped iteration, counted, never silently skipped.
 * (One timer per request would not keep up: Node's timers lose most of them at a few thousand a second.)
 */
export class ArrivalRateExecutor implements Executor {
  private readonly schedule: ReturnType<typeof rateSchedule>;
  private readonly free: VirtualUser[] = [];
  private created = 0;
  private slots = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly running = new Set<Promise<void>>();
  private stopped = false;
  private rateOverride: { atMs: number; slotsAt: number; rate: number } | undefined;
  private resolveExhausted!: () => void;
  readonly exhausted = new Promise<void>((resolve) => (this.resolveExhausted = resolve));

  constructor(
    private readonly load: TRateLoad,
    private readonly deps: ExecutorDeps,
  ) {
    this.schedule = rateSchedule(load);
  }

  start() {
    this.timer = setInterval(() => this.tick(), 1);
    this.tick();
  }

  /** From now on, `rate` iterations per second (counted from this moment). */
  setSpeed(rate: number) {
    const atMs = this.deps.ctx.clock.now() - this.deps.startedAtMs;
    this.rateOverride = { atMs, slotsAt: this.dueBy(atMs), rate: Math.max(0, rate) };
  }

  activeVus() {
    return this.created - this.free.length;
  }

  async stop() {
    this.stopped = true;
    clearInterval(this.timer);
    await Promise.all(this.running);
  }

  /** When slot k falls due (ms from the start), honouring a speed change. */
  private timeOfSlot(k: number): number {
    const o = this.rateOverride;
    if (!o || k <= o.slotsAt) return this.schedule.timeOfSlot(k);
    return o.atMs + ((k - o.slotsAt) * 1000) / o.rate;
  }

  private dueBy(ms: number): number {
    const o = this.rateOverride;
    if (!o) return this.schedule.dueBy(ms);
    return o.slotsAt + Math.floor((o.rate * (Math.min(ms, this.load.durationSeconds * 1000) - o.atMs)) / 1000);
  }

  private tick() {
    if (this.stopped || this.deps.ctx.stopping) return;
    const elapsedMs = this.deps.ctx.clock.now() - this.deps.startedAtMs;
    const due = this.dueBy(elapsedMs);
    while (this.slots < due) {
      this.slots++;
      // How late this start is against the schedule: the scheduler's own accuracy, reported in the summary.
      const lateMs = elapsedMs - this.timeOfSlot(this.slots);
      this.deps.ctx.collector.scheduleLateness(lateMs);
      const vu = this.free.pop() ?? (this.created < this.load.maxVus ? this.deps.createVu(this.created++) : undefined);
      if (!vu) {
        this.deps.ctx.collector.iterationDropped();
        continue;
      }
      // Coordinated omission: the iteration's first request is also measured from the slot's intended start.
      vu.correction.lateUs = Math.max(0, lateMs * 1000);
      const run: Promise<void> = runIteration(this.deps.ctx, vu, this.deps.feeders).then((outcome) => {
        this.running.delete(run);
        if (outcome === "exhausted") {
          this.stopped = true;
          this.resolveExhausted();
        } else this.free.push(vu);
      });
      this.running.add(run);
    }
    if (!this.rateOverride && this.slots >= this.schedule.total) {
      clearInterval(this.timer);
    }
  }
}
