import type { TLoadConfigInput, TScenarioSpecInput } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { runVirtual } from "./test-support/run-virtual";
import type { LoadControl } from "./types";

const api = (name: string) => ({ type: "http" as const, name, url: `http://target.test/${name}` });
const shop: TScenarioSpecInput = {
  flows: [
    { name: "browse", steps: [api("list"), api("detail"), { type: "think", name: "read", ms: 5 }, api("cart")] },
    { name: "buy", steps: [api("pay")] },
  ],
};

/** A control the test drives: `change(value, flow)` reaches the engine as a speed change does. */
function testControl() {
  const listeners = new Set<(value: number, flow?: string) => void>();
  const control: LoadControl = {
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
  };
  return { control, change: (value: number, flow?: string) => listeners.forEach((l) => l(value, flow)) };
}

/** Runs the shop in virtual time against a stub answering in 2 ms; `at` runs `fn` that many ms in. */
async function runShop(load: TLoadConfigInput, at?: { ms: number; fn: () => void }, control?: LoadControl) {
  const result = await runVirtual(shop, load, () => ({ delayMs: 2 }), { at, control });
  return { ...result, requests: Object.fromEntries(result.summary.steps.map((s) => [s.step, s.requests])) };
}

const funnel: TLoadConfigInput = {
  mode: "rate",
  durationSeconds: 10,
  maxVus: 40,
  targetRate: 100,
  flowRates: [
    {
      flow: "browse",
      rate: 60,
      funnel: [
        { step: "detail", rate: 30 },
        { step: "cart", rate: 12 },
      ],
    },
    { flow: "buy", rate: 40 },
  ],
};

describe("per-flow rates and funnels, in virtual time", () => {
  it("runs each flow at its own rate and each funnel API at its rate, exactly", async () => {
    const { summary, requests, frames } = await runShop(funnel);
    expect(requests).toEqual({ list: 600, detail: 300, cart: 120, pay: 400 });
    // An iteration the funnel ends early is still a completed iteration: every start is counted once.
    expect(summary.iterations).toBe(1000);
    expect(summary.droppedIterations).toBe(0);
    expect(frames.reduce((n, f) => n + f.iterations, 0)).toBe(1000);
  });

  it("counts starts that find no free VU as dropped, in every flow", async () => {
    const { summary } = await runShop({ ...funnel, maxVus: 1 });
    expect(summary.iterations + summary.droppedIterations).toBe(1000);
    expect(summary.droppedIterations).toBeGreaterThan(0);
  });

  it("splits a TPS run over its flows by weight without per-flow rates", async () => {
    const { requests } = await runShop({ mode: "rate", durationSeconds: 10, maxVus: 40, targetRate: 50 });
    expect(requests).toEqual({ list: 250, detail: 250, cart: 250, pay: 250 });
  });

  it("changes one flow's rate and leaves the other's; a run-wide change scales both by their share", async () => {
    const flowOnly = testControl();
    const one = await runShop(funnel, { ms: 5000, fn: () => flowOnly.change(20, "buy") }, flowOnly.control);
    expect(one.requests).toMatchObject({ list: 600, pay: 200 + 100 });
    const whole = testControl();
    const both = await runShop(funnel, { ms: 5000, fn: () => whole.change(50) }, whole.control);
    expect(both.requests).toMatchObject({ list: 300 + 150, pay: 200 + 100 });
  });

  it("changes one flow's VUs in concurrency mode and leaves the other flow's", async () => {
    const control = testControl();
    const { frames } = await runShop(
      { vus: 6, durationSeconds: 6 },
      { ms: 2000, fn: () => control.change(1, "browse") },
      control.control,
    );
    // VUs 0, 2, 4 run "browse", 1, 3, 5 "buy": browse goes from 3 VUs to 1.
    expect(frames.map((f) => f.vus).slice(0, 5)).toEqual([6, 6, 4, 4, 4]);
  });
});
