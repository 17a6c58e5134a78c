import { describe, expect, it } from "vitest";
import { evaluateThresholds } from "./evaluate-thresholds";
import { formatSummary } from "./summary-table";
import { latency, runSummary, stepSummary } from "./test-support/summaries";
import { formatThresholdResults } from "./threshold-report";
import { parseThreshold } from "./thresholds";

const summary = runSummary(
  [
    stepSummary("Get access token", {
      requests: 1200,
      latency: latency(3.4, { p50: 1.2, p99: 5.1, max: 12 }),
    }),
    stepSummary("Join activity", {
      requests: 1200,
      failures: 5,
      statusCodes: { "200": 1190, "503": 5 },
      errors: { http_5xx: 5, timeout: 5 },
      latency: latency(8.25, { p50: 2.5, p99: 20.125, max: 130.5 }),
    }),
  ],
  { durationSeconds: 30, iterations: 1200, latency: latency(8, { p50: 1.8, p99: 19, max: 130.5, mean: 2.4 }) },
);

describe("formatSummary", () => {
  it("prints a row per step with counts, error %, percentiles and status codes, then the totals", () => {
    expect(formatSummary(summary, { interrupted: false, rateMode: false })).toBe(
      [
        "summary",
        "",
        "  step              requests  failures  error %  p50 ms  p95 ms  p99 ms  max ms  status / errors",
        "  Get access token      1200         0    0.00%    1.20    3.40    5.10   12.00  200:1200",
        "  Join activity         1200         5    0.42%    2.50    8.25   20.13  130.50  200:1190 503:5  http_5xx:5 timeout:5",
        "  total                 2400         5    0.21%    1.80    8.00   19.00  130.50",
        "",
        "  30.0 s · 80.0 req/s · 1200 iterations · avg 2.40 ms",
        "",
      ].join("\n"),
    );
  });

  it("marks an interrupted run, shows dropped iterations in rate mode, and a checks column when there are checks", () => {
    const withChecks = runSummary([stepSummary("Login", { requests: 10, checksPassed: 9, checksFailed: 1 })], {
      droppedIterations: 3,
    });
    const text = formatSummary(withChecks, { interrupted: true, rateMode: true });
    expect(text.split("\n")[0]).toBe("summary (interrupted: partial run)");
    expect(text).toContain("checks ok");
    expect(text).toMatch(/Login .* 9\/10 {2}200:10/);
    expect(text).toContain("· 3 dropped iterations");
    expect(formatSummary(summary, { interrupted: false, rateMode: false })).not.toContain("dropped");
  });

  it("shows the corrected p99 beside the raw one, and says so plainly when it is more than twice it", () => {
    const stalled = latency(0.6, { p99: 0.68, max: 1001 });
    const corrected = latency(500, { p99: 783, max: 1001 });
    const run = runSummary([stepSummary("api", { latency: stalled, latencyCorrected: corrected })], {
      latency: stalled,
      latencyCorrected: corrected,
    });
    const text = formatSummary(run, { interrupted: false, rateMode: false });
    expect(text).toMatch(/p99 ms +max ms +p99 corr ms/);
    expect(text).toMatch(/total .* 0\.68 +1001\.00 +783\.00/);
    expect(text).toContain("! corrected p99 783 ms is more than 2× the raw p99 0.68 ms");
    const calm = runSummary([stepSummary("api")], { latencyCorrected: latency(10) });
    expect(formatSummary(calm, { interrupted: false, rateMode: false })).not.toContain("!");
  });
});

describe("formatThresholdResults", () => {
  it("marks each threshold ✓ or ✗ with the measured value, and the limit of the failed ones", () => {
    const thresholds = ["p95<300", "error_rate<0.1%", "p95{step:Join activity}<5", "rps>50"].map(parseThreshold);
    expect(formatThresholdResults(evaluateThresholds(thresholds, summary))).toBe(
      [
        "thresholds",
        "",
        "  ✓ p95<300                    p95 = 8.00 ms",
        "  ✗ error_rate<0.1%            error_rate = 0.21%, limit < 0.10%",
        "  ✗ p95{step:Join activity}<5  p95{step:Join activity} = 8.25 ms, limit < 5.00 ms",
        "  ✓ rps>50                     rps = 80.0 req/s",
        "",
        "  2 of 4 thresholds failed",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing without thresholds", () => {
    expect(formatThresholdResults([])).toBe("");
  });

  it("lists the insights it is given, one line each", () => {
    const insights = [
      { id: "ramp_never_reaches_max", severity: "warning" as const, message: "the ramp reaches only 3" },
    ];
    const text = formatSummary(summary, { interrupted: false, rateMode: false, insights });
    expect(text).toContain("  ! the ramp reaches only 3.");
  });
});
