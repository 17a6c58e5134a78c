import { describe, expect, it } from "vitest";
import { type ControlJobState, decideRepairs, deadlineOf, type RunFacts } from "./decide-repairs";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const MIN = 60_000;

function run(overrides: Partial<RunFacts> = {}): RunFacts {
  return {
    id: "r1",
    status: "RUNNING",
    createdAt: new Date(T0),
    startedAt: new Date(T0),
    load: { mode: "concurrency", vus: 3, durationSeconds: 60 },
    ...overrides,
  };
}

describe("decideRepairs", () => {
  it("leaves a terminal run alone, even one long past its end", () => {
    for (const status of ["FINISHED", "STOPPED", "FAILED"] as const) {
      expect(decideRepairs(run({ status }), "missing", T0 + 60 * MIN)).toEqual([]);
    }
  });

  it("leaves a run alone while its control job is waiting, active or delayed", () => {
    for (const state of ["waiting", "active", "delayed", "prioritized"] as const) {
      expect(decideRepairs(run(), state, T0 + 10_000)).toEqual([]);
      expect(decideRepairs(run({ status: "QUEUED", startedAt: null }), state, T0 + 10_000)).toEqual([]);
    }
  });

  it("gives a QUEUED or RUNNING run whose job Redis lost its control job back", () => {
    expect(decideRepairs(run({ status: "QUEUED", startedAt: null }), "missing", T0 + 1000)).toEqual([
      { kind: "enqueue-control", removeFinishedJob: false },
    ]);
    expect(decideRepairs(run(), "missing", T0 + 30_000)).toEqual([
      { kind: "enqueue-control", removeFinishedJob: false },
    ]);
  });

  it("removes a failed or completed job first, since its id would make the new one a no-op", () => {
    for (const state of ["failed", "completed"] satisfies ControlJobState[]) {
      expect(decideRepairs(run(), state, T0 + 30_000)).toEqual([{ kind: "enqueue-control", removeFinishedJob: true }]);
    }
  });

  it("says stop again to a STOPPING run, and resumes its controller if none has it", () => {
    expect(decideRepairs(run({ status: "STOPPING" }), "active", T0 + 30_000)).toEqual([{ kind: "republish-stop" }]);
    expect(decideRepairs(run({ status: "STOPPING" }), "missing", T0 + 30_000)).toEqual([
      { kind: "republish-stop" },
      { kind: "enqueue-control", removeFinishedJob: false },
    ]);
  });

  it("ends a run still RUNNING 2 minutes past its planned end as FAILED, whatever its job says", () => {
    const atDeadline = T0 + 60_000 + 2 * MIN;
    expect(decideRepairs(run(), "active", atDeadline)).toEqual([]);
    expect(decideRepairs(run(), "active", atDeadline + 1)).toEqual([
      { kind: "finish", status: "FAILED", reason: "no controller finished the run" },
    ]);
  });

  it("ends an overdue STOPPING run as STOPPED: the stop was asked for", () => {
    expect(decideRepairs(run({ status: "STOPPING" }), "missing", T0 + 4 * MIN)).toEqual([
      { kind: "finish", status: "STOPPED", reason: "stopped; no controller finished the run" },
    ]);
  });

  it("fails a QUEUED run once its wait for generators and the grace have passed", () => {
    const queued = run({
      status: "QUEUED",
      startedAt: null,
      load: { vus: 1, durationSeconds: 5, waitTimeoutSeconds: 30 },
    });
    expect(decideRepairs(queued, "missing", T0 + 30_000 + 2 * MIN)).toEqual([
      { kind: "enqueue-control", removeFinishedJob: false },
    ]);
    expect(decideRepairs(queued, "waiting", T0 + 30_001 + 2 * MIN)).toEqual([
      {
        kind: "finish",
        status: "FAILED",
        reason: "no controller started the run before its wait for generators ran out",
      },
    ]);
  });
});

describe("deadlineOf", () => {
  it("counts from the start: the duration, or the stages' total when longer, plus 2 minutes", () => {
    expect(deadlineOf(run())).toBe(T0 + 60_000 + 2 * MIN);
    const staged = run({
      load: {
        vus: 5,
        durationSeconds: 10,
        stages: [
          { durationSeconds: 30, target: 5 },
          { durationSeconds: 40, target: 0 },
        ],
      },
    });
    expect(deadlineOf(staged)).toBe(T0 + 70_000 + 2 * MIN);
  });

  it("gives a QUEUED run the default 600 s wait when its load names none", () => {
    expect(deadlineOf(run({ status: "QUEUED", startedAt: null }))).toBe(T0 + 600_000 + 2 * MIN);
  });
});
