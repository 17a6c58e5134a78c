import { DEFAULT_COMPARE_TOLERANCES } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { type CompareFigures, compareRuns } from "./compare-runs";

const f = (tps: number, p95Ms: number, errorRate = 0): CompareFigures => ({
  requests: tps * 10,
  tps,
  errorRate,
  meanMs: p95Ms / 2,
  p50Ms: p95Ms / 3,
  p95Ms,
  p99Ms: p95Ms * 1.5,
});

describe("compareRuns", () => {
  it("gives change in percent against the first run and flags regressions beyond the tolerances", () => {
    const rows = compareRuns(
      [
        { id: "a", total: f(100, 50), steps: { login: f(100, 50) } },
        { id: "b", total: f(85, 56, 2.5), steps: { login: f(85, 56, 2.5) } },
      ],
      DEFAULT_COMPARE_TOLERANCES,
    );
    expect(rows.map((r) => r.step)).toEqual([null, "login"]);
    const [ref, other] = rows[0]!.cells;
    expect(ref!.regressions).toEqual([]);
    expect(ref!.change.tps).toBeNull();
    expect(other!.change).toMatchObject({ tps: -15, p95: 12, p99: 12, errorRate: 2.5 });
    expect(other!.regressions.sort()).toEqual(["errorRate", "p95", "tps"]);
  });

  it("stays quiet within the tolerances", () => {
    const rows = compareRuns(
      [
        { id: "a", total: f(100, 50), steps: {} },
        { id: "b", total: f(95, 54, 0.5), steps: {} },
      ],
      DEFAULT_COMPARE_TOLERANCES,
    );
    expect(rows[0]!.cells[1]!.regressions).toEqual([]);
  });

  it("matches APIs by name across scenario versions; a missing API is an empty cell", () => {
    const rows = compareRuns(
      [
        { id: "v1", total: f(10, 5), steps: { token: f(5, 5), old: f(5, 5) } },
        { id: "v2", total: f(10, 5), steps: { token: f(5, 10), added: f(5, 5) } },
      ],
      { ...DEFAULT_COMPARE_TOLERANCES, p95Pct: 50 },
    );
    expect(rows.map((r) => r.step)).toEqual([null, "token", "old", "added"]);
    expect(rows[1]!.cells[1]!.change.p95).toBe(100);
    expect(rows[1]!.cells[1]!.regressions).toEqual(["p95", "p99"]);
    expect(rows[2]!.cells[1]!.figures).toBeNull();
    expect(rows[3]!.cells[0]!.figures).toBeNull();
    expect(rows[3]!.cells[1]!.change.p95).toBeNull();
  });

  it("compares nothing without runs", () => {
    expect(compareRuns([], DEFAULT_COMPARE_TOLERANCES)).toEqual([]);
  });
});
