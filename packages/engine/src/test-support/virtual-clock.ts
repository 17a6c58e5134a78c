import type { Clock, TimerHandle } from "../types";

interface VirtualTimer {
  at: number;
  seq: number;
  fn: () => void;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lets what the last timer set going run: an event-loop turn drains the microtask queue, and a second one
 * runs what yielded to the event loop meanwhile (a VU loop yields with setImmediate now and then).
 */
async function settle(): Promise<void> {
  await turn();
  await turn();
}

/**
 * A clock whose time moves only when a test says so. `advance(ms)` fires every timer that falls due in time
 * order (same instant: in the order they were set), letting promise callbacks settle after each, so async
 * iteration code runs exactly as it would at that instant. Schedules tested on it are exact, however busy
 * the machine is.
 */
export class VirtualClock implements Clock {
  private nowMs: number;
  private readonly originMs: number;
  private seq = 0;
  /** Pending timers, sorted by (at, seq). */
  private readonly timers: VirtualTimer[] = [];

  constructor(startMs = Date.UTC(2026, 0, 1)) {
    this.nowMs = startMs;
    this.originMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  hrtime(): number {
    return this.nowMs - this.originMs;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const timer: VirtualTimer = { at: this.nowMs + Math.max(0, ms), seq: this.seq++, fn };
    let i = this.timers.length;
    while (i > 0 && this.timers[i - 1]!.at > timer.at) i--;
    this.timers.splice(i, 0, timer);
    return timer;
  }

  clearTimeout(handle: TimerHandle | undefined): void {
    const i = this.timers.indexOf(handle as VirtualTimer);
    if (i !== -1) this.timers.splice(i, 1);
  }

  /** How many timers are waiting. */
  pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, firing what falls due on the way. */
  async advance(ms: number): Promise<void> {
    const until = this.nowMs + ms;
    await settle();
    while (this.timers.length > 0 && this.timers[0]!.at <= until) {
      const timer = this.timers.shift()!;
      this.nowMs = timer.at;
      timer.fn();
      await settle();
    }
    this.nowMs = until;
    await settle();
  }

  /**
   * Moves time from timer to timer until `promise` settles, and returns its result. Throws when nothing is
   * scheduled while it is still pending (it would never settle), or after `limitMs` of virtual time.
   */
  async runUntil<T>(promise: Promise<T>, limitMs = 3_600_000): Promise<T> {
    let settled = false;
    // Observed at once, so a rejection is never reported as unhandled while time still moves.
    const outcome = promise.then(
      (value) => ((settled = true), { value }),
      (error: unknown) => ((settled = true), { error }),
    );
    const limit = this.nowMs + limitMs;
    await settle();
    while (!settled) {
      const next = this.timers[0];
      if (!next) throw new Error("VirtualClock.runUntil: the promise is pending and no timer is set");
      if (next.at > limit) throw new Error(`VirtualClock.runUntil: not settled within ${limitMs} virtual ms`);
      await this.advance(next.at - this.nowMs);
    }
    const result = await outcome;
    if ("error" in result) throw result.error;
    return result.value;
  }
}
