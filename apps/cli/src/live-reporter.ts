import type { TK6Gauge, TShardFrame } from "@stampede/contracts";
import { errorRate, formatMs, formatPercent } from "./format";
import { frameStats, type TFrameStats } from "./frame-stats";
import { renderProgressBar } from "./progress-bar";

/** Where live output goes; a TTY gets a progress bar redrawn in place, anything else plain lines. */
export interface TLiveOutput {
  write(text: string): void;
  isTTY: boolean;
}

export interface TLiveReporterOptions {
  durationSeconds: number;
  /**
   * Epoch ms the run started (the same instant the engine counts seconds from). When the engine fixes it
   * itself (after its warm-up), `started()` sets it; until then, construction time.
   */
  startedAtMs?: number;
  /** No per-second lines nor bar; frames are still counted. */
  quiet: boolean;
  now?: () => number;
}

const CLEAR_LINE = "\r\x1b[2K";
// The engine cuts a last, partial frame when the run ends; a rate over a sliver of a second says nothing.
const MIN_LINE_INTERVAL_MS = 250;

/** The engine's metrics sink for the CLI: a line per second while the run goes on. */
export class LiveReporter {
  private lastAt: number;
  private startedAtMs: number;
  private barShown = false;
  private readonly now: () => number;
  private vus: TK6Gauge | undefined;

  constructor(
    private readonly out: TLiveOutput,
    private readonly options: TLiveReporterOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.startedAtMs = options.startedAtMs ?? this.now();
    this.lastAt = this.startedAtMs;
  }

  /** The engine fixed the run's start (runLoad's `onStart`): elapsed time and rates count from it. */
  started(atMs: number): void {
    this.startedAtMs = atMs;
    this.lastAt = atMs;
  }

  frame(frame: TShardFrame): void {
    this.trackVus(frame.vus);
    const now = this.now();
    const intervalMs = now - this.lastAt;
    this.lastAt = now;
    if (this.options.quiet || intervalMs < MIN_LINE_INTERVAL_MS) return;
    this.line(frameStats(frame), (now - this.startedAtMs) / 1000, intervalMs / 1000);
  }

  /** One second of a run on the console (its live stream's point): the same line as a local frame's. */
  point(point: TFrameStats & { second: number }): void {
    this.trackVus(point.vus);
    if (!this.options.quiet) this.line(point, point.second + 1, 1);
  }

  private line(stats: TFrameStats, elapsedSeconds: number, intervalSeconds: number) {
    const elapsed = Math.round(elapsedSeconds);
    const parts = [
      `${elapsed}s/${this.options.durationSeconds}s`.padStart(2 * String(this.options.durationSeconds).length + 3),
      `${(stats.requests / intervalSeconds).toFixed(1).padStart(8)} req/s`,
      `p95 ${formatMs(stats.p95).padStart(8)} ms`,
      `errors ${formatPercent(errorRate(stats.requests, stats.failures)).padStart(7)}`,
      `${String(stats.vus).padStart(4)} VUs`,
    ];
    if (stats.droppedIterations) parts.push(`dropped ${stats.droppedIterations}`);
    this.clearBar();
    this.out.write(`${parts.join("  ")}\n`);
    if (this.out.isTTY) {
      this.out.write(renderProgressBar(elapsedSeconds, this.options.durationSeconds));
      this.barShown = true;
    }
  }

  /** VUs at the last frame, and the fewest and most of any second (the run's closing frame reports 0). */
  vusSeen(): TK6Gauge {
    return this.vus ?? { value: 0, min: 0, max: 0 };
  }

  private trackVus(vus: number) {
    this.vus = this.vus
      ? { value: vus, min: Math.min(this.vus.min, vus), max: Math.max(this.vus.max, vus) }
      : { value: vus, min: vus, max: vus };
  }

  /** Removes the bar so what follows starts on a clean line. */
  finish(): void {
    this.clearBar();
  }

  /** A message between live lines (e.g. "stopping"), without breaking the bar. */
  note(text: string): void {
    this.clearBar();
    this.out.write(`${text}\n`);
  }

  private clearBar() {
    if (this.barShown) this.out.write(CLEAR_LINE);
    this.barShown = false;
  }
}
