import type { TScenarioSpecInput } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { runVirtual } from "./test-support/run-virtual";

const URL = "http://target.test/api";
const oneStep = (extra: object = {}): TScenarioSpecInput => ({
  flows: [{ name: "f", steps: [{ type: "http", name: "api", url: URL, ...extra }] }],
});

describe("runLoad in virtual time", () => {
  it("at R/s for D s starts exactly R×D iterations, R in every second", async () => {
    const { summary, target, startedAtMs, frames } = await runVirtual(
      oneStep(),
      { mode: "rate", targetRate: 1000, maxVus: 20, durationSeconds: 30 },
      () => ({ delayMs: 2 }),
    );
    expect(target.arrivals).toHaveLength(30_000);
    expect(target.arrivalsPerSecond(startedAtMs, 31)).toEqual([...Array<number>(30).fill(1000), 0]);
    expect(summary.iterations).toBe(30_000);
    expect(summary.requests).toBe(30_000);
    expect(summary.droppedIterations).toBe(0);
    expect(frames.reduce((n, f) => n + f.iterations, 0)).toBe(30_000);
  }, 60_000);

  it("reports each second's VUs in its frame, following the ramp", async () => {
    const { frames } = await runVirtual(oneStep(), { vus: 4, durationSeconds: 6, rampUpSeconds: 4 }, () => ({
      delayMs: 10,
    }));
    // A frame's VUs are those that ran in its second (cut just before the next second's ramp step).
    expect(frames.map((f) => f.vus)).toEqual([1, 2, 3, 4, 4, 4, 0]);
  });

  it("waits think time on the run's clock", async () => {
    const scenario: TScenarioSpecInput = {
      flows: [
        {
          name: "f",
          steps: [
            { type: "http", name: "api", url: URL },
            { type: "think", ms: 400 },
          ],
        },
      ],
    };
    const { summary } = await runVirtual(scenario, { vus: 2, durationSeconds: 10 }, () => ({ delayMs: 100 }));
    // 100 ms answer + 400 ms think: two iterations a second per VU.
    expect(summary.iterations).toBe(40);
  });

  it("lets a rendezvous time out on the run's clock", async () => {
    const scenario: TScenarioSpecInput = {
      flows: [
        {
          name: "f",
          steps: [
            { type: "rendezvous", name: "burst", users: 3, timeoutMs: 400 },
            { type: "http", name: "api", url: URL },
          ],
        },
      ],
    };
    // Two VUs never make three: each round waits the 400 ms timeout, then both send (answered in 100 ms).
    const { target, startedAtMs } = await runVirtual(scenario, { vus: 2, durationSeconds: 2 }, () => ({
      delayMs: 100,
    }));
    expect(target.arrivals.map((at) => at - startedAtMs)).toEqual([400, 400, 900, 900, 1400, 1400, 1900, 1900]);
  });

  it("in TPS mode, a one-second stall of the target shows in the latency of what arrived during it", async () => {
    const { summary } = await runVirtual(
      oneStep(),
      { mode: "rate", targetRate: 200, maxVus: 400, durationSeconds: 4 },
      // Frozen from 1.5 s to 2.5 s: what arrives then is answered at the thaw.
      (_path, ms) => ({ delayMs: ms >= 1500 && ms < 2500 ? 2500 - ms : 1 }),
    );
    expect(summary.requests).toBe(800);
    expect(summary.droppedIterations).toBe(0);
    // 200 of 800 waited 5..1000 ms: the slowest 1% (8) waited 965 ms or more.
    expect(summary.latency.max).toBeCloseTo(1000, -1);
    expect(summary.latency.p99).toBeGreaterThanOrEqual(955);
    expect(summary.latency.p50).toBeLessThan(2);
  });

  it("on a stop, starts nothing more, waits for the answers in flight and counts them", async () => {
    const { summary, target, endedAfterMs } = await runVirtual(
      oneStep(),
      { vus: 5, durationSeconds: 30 },
      () => ({ delayMs: 500 }),
      { stopAtMs: 1200 },
    );
    // Requests at 0, 500 and 1000 ms; the last five are answered at 1500, within the grace.
    expect(target.arrivals).toHaveLength(15);
    expect(target.served).toBe(15);
    expect(summary.requests).toBe(15);
    expect(summary.iterations).toBe(15);
    expect(summary.failures).toBe(0);
    expect(endedAfterMs).toBe(1500);
  });

  it("on a stop, an iteration whose requests are all answered counts as done; one with a request left does not", async () => {
    type TSteps = TScenarioSpecInput["flows"][number]["steps"];
    const flow = (steps: TSteps): TScenarioSpecInput => ({ flows: [{ name: "f", steps }] });
    const api = { type: "http", name: "api", url: URL } as const;
    const think = { type: "think", ms: 1000 } as const;
    // The stop at 50 ms finds every VU waiting for its answer (at 100 ms); only the think time is left after it.
    const thinkLast = await runVirtual(flow([api, think]), { vus: 4, durationSeconds: 30 }, () => ({ delayMs: 100 }), {
      stopAtMs: 50,
    });
    expect(thinkLast.summary.requests).toBe(4);
    expect(thinkLast.summary.iterations).toBe(4);
    // The same, but a second request follows the think time: those iterations were cut short.
    const apiAfter = await runVirtual(
      flow([api, think, { ...api, name: "api2" }]),
      { vus: 4, durationSeconds: 30 },
      () => ({ delayMs: 100 }),
      { stopAtMs: 50 },
    );
    expect(apiAfter.summary.requests).toBe(4);
    expect(apiAfter.summary.iterations).toBe(0);
  });

  it("cancels what is still in flight when the grace runs out, and counts it as aborted", async () => {
    const { summary, target, endedAfterMs, frames } = await runVirtual(
      oneStep(),
      { vus: 3, durationSeconds: 30 },
      () => ({ delayMs: 60_000 }),
      { stopAtMs: 1000 },
    );
    expect(endedAfterMs).toBe(3000);
    expect(target.cancelled).toBe(3);
    expect(summary.requests).toBe(3);
    expect(summary.steps[0]!.errors).toEqual({ aborted: 3 });
    expect(summary.iterations).toBe(0);
    // The cancelled requests are in the last frame.
    expect(frames.at(-1)!.steps[0]!.errors).toEqual({ aborted: 3 });
  });

  it("at the end of the duration waits for answers, and a stop meanwhile gives them only the grace", async () => {
    const { endedAfterMs, summary } = await runVirtual(
      oneStep({ timeoutMs: 60_000 }),
      { vus: 2, durationSeconds: 1 },
      () => ({ delayMs: 60_000 }),
      { stopAtMs: 1500 },
    );
    expect(endedAfterMs).toBe(3500);
    expect(summary.steps[0]!.errors).toEqual({ aborted: 2 });
  });

  it("gives a stop no longer grace than the longest step timeout", async () => {
    const { endedAfterMs, summary } = await runVirtual(
      oneStep({ timeoutMs: 800 }),
      { vus: 1, durationSeconds: 30 },
      () => ({ delayMs: 60_000 }),
      { stopAtMs: 1000 },
    );
    expect(endedAfterMs).toBe(1800);
    expect(summary.steps[0]!.errors).toEqual({ aborted: 1 });
  });
});
