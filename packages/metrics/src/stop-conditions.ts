import {
  describeStopCondition,
  metricLabel,
  STOP_METRIC_UNITS,
  type TStopComparison,
  type TStopCondition,
} from "@stampede/contracts";
import { windowValue, type StopWatchSecond } from "./stop-window";

export { type StopWatchSecond } from "./stop-window";

/** What the load plan tells the evaluator. */
export interface StopWatchOptions {
  /** Planned iterations per second at a second of the run (TPS mode); absent in VU mode. */
  targetRateAt?: (second: number) => number;
  /** The first second at full load: rules that ignore the ramp-up look only at windows starting there or later. */
  rampUpEndSecond?: number;
  /** Seconds after this one (the partial second a run ends in) are not evaluated. */
  lastSecond?: number;
}

/** A rule that fired: breached in its last `consecutiveWindows` windows, the last of which ended at `second`. */
export interface FiredStopCondition {
  /** The rule's position in the run's list. */
  index: number;
  rule: TStopCondition;
  /** The metric over the last window, in the rule's unit (% or ms). */
  observed: number;
  /** The run's second (from 0) that closed the last window. */
  second: number;
  /** "error rate 100% > 50% over 3 s windows, 3 in a row, at 0:07". */
  message: string;
}

const COMPARE: Record<TStopComparison, (a: number, b: number) => boolean> = {
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
};

/** m:ss of a run's elapsed time. */
export function formatRunTime(seconds: number): string {
  const m = Math.floor(seconds / 60);
  return `${m}:${String(seconds % 60).padStart(2, "0")}`;
}

const roundFigure = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10);

/** The fired rule in words, with the observed figure and when (the end of the second that closed the window). */
export function firedMessage(rule: TStopCondition, observed: number, second: number): string {
  const unit = STOP_METRIC_UNITS[rule.metric] === "%" ? "%" : " ms";
  const figure = `${metricLabel(rule)} ${roundFigure(observed)}${unit}`;
  const described = describeStopCondition(rule).slice(metricLabel(rule).length);
  return `${figure}${described}, at ${formatRunTime(second + 1)}`;
}

/**
 * Evaluates stop conditions second by second. Every second closes one window of `windowSeconds` per rule (a
 * sliding window); a rule fires when its last `consecutiveWindows` windows all breached, and fires again only
 * after a window that did not (one warning per breach, not one per second). A window with nothing to measure
 * (no requests, no checks, no target) is not a breach. Seconds may arrive late or twice (a late frame): the
 * newest figures of a second replace the older ones, and only seconds after the last evaluated one close windows.
 */
export class StopConditionWatch {
  private readonly seconds = new Map<number, StopWatchSecond>();
  private readonly streak: number[];
  private readonly fired: boolean[];
  private evaluatedUpTo = -1;
  private readonly keep: number;

  constructor(
    private readonly rules: readonly TStopCondition[],
    private readonly options: StopWatchOptions = {},
  ) {
    this.streak = rules.map(() => 0);
    this.fired = rules.map(() => false);
    this.keep = Math.max(1, ...rules.map((r) => r.windowSeconds));
  }

  /** Adds one merged second; returns the rules that fire with it. */
  add(record: StopWatchSecond): FiredStopCondition[] {
    this.seconds.set(record.second, record);
    const last = this.options.lastSecond ?? Number.POSITIVE_INFINITY;
    const fired: FiredStopCondition[] = [];
    while (this.evaluatedUpTo < Math.min(record.second, last)) {
      this.evaluatedUpTo++;
      fired.push(...this.evaluateAt(this.evaluatedUpTo));
    }
    for (const s of this.seconds.keys()) if (s <= this.evaluatedUpTo - this.keep) this.seconds.delete(s);
    return fired;
  }

  private evaluateAt(end: number): FiredStopCondition[] {
    const fired: FiredStopCondition[] = [];
    this.rules.forEach((rule, index) => {
      const from = end - rule.windowSeconds + 1;
      const earliest = rule.ignoreRampUp ? (this.options.rampUpEndSecond ?? 0) : 0;
      if (from < earliest) return;
      const window: StopWatchSecond[] = [];
      for (let s = from; s <= end; s++) {
        const rec = this.seconds.get(s);
        if (rec) window.push(rec);
      }
      const observed = windowValue(rule, window, rule.windowSeconds, this.targetOver(from, end));
      const breached = observed !== undefined && COMPARE[rule.comparison](observed, rule.threshold);
      if (!breached) {
        this.streak[index] = 0;
        this.fired[index] = false;
        return;
      }
      const streak = (this.streak[index] ?? 0) + 1;
      this.streak[index] = streak;
      if (streak >= rule.consecutiveWindows && !this.fired[index]) {
        this.fired[index] = true;
        fired.push({ index, rule, observed, second: end, message: firedMessage(rule, observed, end) });
      }
    });
    return fired;
  }

  /** The mean planned rate over the window's seconds, or undefined without a plan. */
  private targetOver(from: number, end: number): number | undefined {
    const rateAt = this.options.targetRateAt;
    if (!rateAt) return undefined;
    let sum = 0;
    for (let s = from; s <= end; s++) sum += rateAt(s);
    return sum / (end - from + 1);
  }
}

/** Runs the rules over a whole sequence of seconds (in order): every firing, in order. */
export function evaluateStopConditions(
  rules: readonly TStopCondition[],
  seconds: Iterable<StopWatchSecond>,
  options: StopWatchOptions = {},
): FiredStopCondition[] {
  const watch = new StopConditionWatch(rules, options);
  const fired: FiredStopCondition[] = [];
  for (const s of seconds) fired.push(...watch.add(s));
  return fired;
}
