import type { Clock, TimerHandle } from "./types";

/**
 * Calls `onSecond(n)` as each second of the run ends, counted from the run's start time rather than from
 * when this shard began, so frames from every shard for second n cover the same wall-clock second.
 */
export class FrameTicker {
  private second: number;
  private timer: TimerHandle | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly startedAtMs: number,
    private readonly onSecond: (second: number) => void,
  ) {
    this.second = Math.max(0, Math.floor((clock.now() - startedAtMs) / 1000));
    this.schedule();
  }

  /** The second now in progress, which the final frame closes. */
  currentSecond(): number {
    return this.second;
  }

  stop() {
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule() {
    const boundary = this.startedAtMs + (this.second + 1) * 1000;
    this.timer = this.clock.setTimeout(() => this.tick(), Math.max(0, boundary - this.clock.now()));
  }

  private tick() {
    // A late timer (a busy event loop) still closes each second once, in order.
    this.onSecond(this.second);
    this.second++;
    this.schedule();
  }
}
