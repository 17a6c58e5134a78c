import { type TConcurrencyLoad, type TLoadConfigInput, ZLoadConfig } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { executorHarness } from "../test-support/executor-harness";
import { VirtualClock } from "../test-support/virtual-clock";
import { ConstantVusExecutor } from "./constant-vus";

const concurrency = (input: TLoadConfigInput) => ZLoadConfig.parse(input) as TConcurrencyLoad;

/**
 * Runs the executor for `seconds` of virtual time (iterations of 10 ms) and reads the VUs running in the
 * middle of each second (555 ms in: off the 10 ms iteration grid and the 100 ms adjust grid).
 */
async function vusPerSecond(load: TConcurrencyLoad, seconds: number) {
  const clock = new VirtualClock();
  const harness = executorHarness(clock, () => 10);
  const executor = new ConstantVusExecutor(load, harness.deps);
  executor.start();
  const vus: number[] = [];
  for (let s = 0; s < seconds; s++) {
    await clock.advance(555);
    vus.push(executor.activeVus());
    await clock.advance(445);
  }
  harness.stopping();
  await clock.runUntil(executor.stop());
  return { vus, harness };
}

describe("constant-VUs executor, in virtual time", () => {
  it("ramps up linearly: one more VU each second of a 10 s ramp to 10", async () => {
    const { vus } = await vusPerSecond(concurrency({ vus: 10, durationSeconds: 12, rampUpSeconds: 10 }), 12);
    expect(vus).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10]);
  });

  it("follows stages up and down: VUs above the target leave after their iteration", async () => {
    const stages = [
      { durationSeconds: 2, target: 10 },
      { durationSeconds: 2, target: 10 },
      { durationSeconds: 2, target: 0 },
    ];
    const { vus } = await vusPerSecond(concurrency({ vus: 20, durationSeconds: 6, stages }), 6);
    // The target at 500 ms into each second, rounded: 2.5, 7.5, 10, 10, 7.5, 2.5.
    expect(vus).toEqual([3, 8, 10, 10, 8, 3]);
  });

  it("follows PTS's step ramp", async () => {
    const load = concurrency({
      vus: 10,
      durationSeconds: 4,
      startPercent: 20,
      incrementPercent: 30,
      stepDurationSeconds: 1,
    });
    const { vus } = await vusPerSecond(load, 4);
    expect(vus).toEqual([2, 5, 8, 10]);
  });

  it("stops at the iteration limit, shared by all VUs", async () => {
    const { harness } = await vusPerSecond(concurrency({ vus: 4, durationSeconds: 10, iterations: 50 }), 2);
    expect(harness.starts).toHaveLength(50);
    // Four VUs, 10 ms per iteration: 50 iterations take 13 rounds.
    expect(Math.max(...harness.starts)).toBe(120);
  });
});
