import type { TShardFrame, TStepFrame } from "@stampede/contracts";
import { createHistogram, encodeHistogram } from "@stampede/metrics";
import { describe, expect, it } from "vitest";
import { frameStats } from "./frame-stats";
import { LiveReporter } from "./live-reporter";
import { renderProgressBar } from "./progress-bar";

/** A step frame whose histogram holds the given latencies (ms). */
function step(name: string, latenciesMs: number[], failures = 0): TStepFrame {
  const h = createHistogram();
  for (const ms of latenciesMs) h.recordValue(ms * 1000);
  const histogram = encodeHistogram(h);
  h.destroy();
  return {
    step: name,
    requests: latenciesMs.length,
    failures,
    statusCodes: { "200": latenciesMs.length - failures },
    errors: failures ? { http_5xx: failures } : {},
    bytesSent: 0,
    bytesReceived: 0,
    checksPassed: 0,
    checksFailed: 0,
    histogram,
  };
}

function frame(second: number, steps: TShardFrame["steps"], extra: Partial<TShardFrame> = {}): TShardFrame {
  return { second, vus: 4, iterations: 0, droppedIterations: 0, steps, ...extra };
}

function output(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, out: { isTTY, write: (t: string) => void chunks.push(t) } };
}

describe("frameStats", () => {
  it("adds the steps' counts and takes p95 from their merged histograms", () => {
    const fast = Array.from({ length: 90 }, () => 1);
    const slow = Array.from({ length: 10 }, () => 100);
    const stats = frameStats(frame(3, [step("a", fast), step("b", slow, 2)], { droppedIterations: 4 }));
    // 95% of the 100 requests are at most 100 ms but not all at 1 ms: the merged p95 is the slow step's.
    expect(stats).toMatchObject({ second: 3, requests: 100, failures: 2, vus: 4, droppedIterations: 4 });
    expect(stats.p95).toBeCloseTo(100, 0);
  });

  it("reads a second with no requests as zeros", () => {
    expect(frameStats(frame(0, []))).toMatchObject({ requests: 0, failures: 0, p95: 0 });
  });
});

describe("LiveReporter", () => {
  it("prints one plain line per second when the output is not a terminal", () => {
    let now = 1_000;
    const { chunks, out } = output(false);
    const reporter = new LiveReporter(out, { durationSeconds: 10, startedAtMs: 0, quiet: false, now: () => now });
    reporter.frame(frame(0, [step("a", [2, 2, 2, 2], 1)]));
    now = 2_000;
    reporter.frame(frame(1, [step("a", [2, 2])], { droppedIterations: 3 }));
    reporter.finish();
    expect(chunks).toEqual([
      " 1s/10s       4.0 req/s  p95     2.00 ms  errors  25.00%     4 VUs\n",
      " 2s/10s       2.0 req/s  p95     2.00 ms  errors   0.00%     4 VUs  dropped 3\n",
    ]);
  });

  it("prints a console's live point (one second of a remote run) as the same line, counting seconds from 1", () => {
    const { chunks, out } = output(false);
    const reporter = new LiveReporter(out, { durationSeconds: 10, startedAtMs: 0, quiet: false, now: () => 0 });
    reporter.point({ ...frameStats(frame(0, [step("a", [2, 2, 2, 2], 1)])), second: 0 });
    reporter.point({ ...frameStats(frame(1, [step("a", [2, 2])], { droppedIterations: 3 })), second: 1 });
    expect(chunks).toEqual([
      " 1s/10s       4.0 req/s  p95     2.00 ms  errors  25.00%     4 VUs\n",
      " 2s/10s       2.0 req/s  p95     2.00 ms  errors   0.00%     4 VUs  dropped 3\n",
    ]);
    expect(reporter.vusSeen()).toEqual({ value: 4, min: 4, max: 4 });
  });

  it("counts elapsed time and rates from the start the engine fixes after its warm-up", () => {
    let now = 0;
    const { chunks, out } = output(false);
    const reporter = new LiveReporter(out, { durationSeconds: 10, quiet: false, now: () => now });
    reporter.started(5_000);
    now = 6_000;
    reporter.frame(frame(0, [step("a", [2, 2, 2, 2])]));
    expect(chunks).toEqual([" 1s/10s       4.0 req/s  p95     2.00 ms  errors   0.00%     4 VUs\n"]);
  });

  it("skips the sliver of a second the engine cuts at the end, rather than print a meaningless rate", () => {
    let now = 1_000;
    const { chunks, out } = output(false);
    const reporter = new LiveReporter(out, { durationSeconds: 1, startedAtMs: 0, quiet: false, now: () => now });
    reporter.frame(frame(0, [step("a", [1])]));
    now = 1_020;
    reporter.frame(frame(1, [step("a", [1])]));
    expect(chunks).toHaveLength(1);
  });

  it("redraws a progress bar under the lines on a terminal, and clears it at the end", () => {
    const { chunks, out } = output(true);
    const reporter = new LiveReporter(out, { durationSeconds: 4, startedAtMs: 0, quiet: false, now: () => 1_000 });
    reporter.frame(frame(0, [step("a", [1])]));
    reporter.finish();
    expect(chunks).toEqual([
      "1s/4s       1.0 req/s  p95     1.00 ms  errors   0.00%     4 VUs\n",
      "[========>                     ] 1s/4s  25%",
      "\r\x1b[2K",
    ]);
  });

  it("prints nothing when quiet", () => {
    const { chunks, out } = output(true);
    const reporter = new LiveReporter(out, { durationSeconds: 4, startedAtMs: 0, quiet: true, now: () => 1_000 });
    reporter.frame(frame(0, [step("a", [1])]));
    reporter.finish();
    expect(chunks).toEqual([]);
  });
});

describe("renderProgressBar", () => {
  it("fills in proportion to the elapsed time and never overflows", () => {
    expect(renderProgressBar(0, 10, 10)).toBe("[>         ] 0s/10s   0%");
    expect(renderProgressBar(5, 10, 10)).toBe("[=====>    ] 5s/10s  50%");
    expect(renderProgressBar(12, 10, 10)).toBe("[==========] 12s/10s 100%");
  });
});
