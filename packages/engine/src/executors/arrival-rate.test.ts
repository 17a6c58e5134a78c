import { type TLoadConfigInput, type TRateLoad, ZLoadConfig } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { executorHarness } from "../test-support/executor-harness";
import { VirtualClock } from "../test-support/virtual-clock";
import { ArrivalRateExecutor } from "./arrival-rate";

const rate = (input: Omit<Extract<TLoadConfigInput, { mode: "rate" }>, "mode">) =>
  ZLoadConfig.parse({ mode: "rate", ...input }) as TRateLoad;

/** Runs the executor alone for `ms` of virtual time; each iteration takes `takeMs`. */
async function drive(load: TRateLoad, ms: number, takeMs = 5, during?: (executor: ArrivalRateExecutor) => void) {
  const clock = new VirtualClock();
  const harness = executorHarness(clock, () => takeMs);
  const executor = new ArrivalRateExecutor(load, harness.deps);
  executor.start();
  if (during) {
    await clock.advance(1000);
    during(executor);
    await clock.advance(ms - 1000);
  } else await clock.advance(ms);
  harness.stopping();
  await clock.runUntil(executor.stop());
  const frame = harness.collector.cut(0, 0);
  return { harness, dropped: frame.droppedIterations, summary: harness.collector.summary(ms / 1000) };
}

describe("arrival-rate (TPS) executor, in virtual time", () => {
  it("at the end of the duration starts every slot due before it, even when the end timer fires early", async () => {
    const clock = new VirtualClock();
    const harness = executorHarness(clock, () => 0.05);
    const executor = new ArrivalRateExecutor(
      rate({ targetRate: 10_000, maxVus: 50, durationSeconds: 1 }),
      harness.deps,
    );
    executor.start();
    // The run's end timer came 0.6 ms before the wall clock reads the end (as Node's timers can).
    await clock.advance(999.4);
    executor.catchUp();
    harness.stopping();
    await clock.runUntil(executor.stop());
    expect(harness.starts).toHaveLength(10_000);
  });

  it("joining mid-run (a reassigned shard) starts from the current slot: no burst, nothing dropped", async () => {
    const clock = new VirtualClock();
    const harness = executorHarness(clock, () => 5);
    const executor = new ArrivalRateExecutor(rate({ targetRate: 100, maxVus: 5, durationSeconds: 4 }), {
      ...harness.deps,
      joinsMidRun: true,
    });
    await clock.advance(2000);
    executor.start();
    await clock.advance(3000);
    harness.stopping();
    await clock.runUntil(executor.stop());
    // The slot falling due at the very moment it joins (2000 ms) counts as the previous owner's.
    expect(harness.startsPerSecond(4)).toEqual([0, 0, 99, 100]);
    expect(harness.collector.cut(0, 0).droppedIterations).toBe(0);
  });

  it("starts exactly the rate in every second, the first iteration at once, and R×D in all", async () => {
    const { harness, dropped, summary } = await drive(rate({ targetRate: 400, maxVus: 50, durationSeconds: 4 }), 5000);
    expect(harness.starts[0]).toBe(0);
    expect(harness.startsPerSecond(5)).toEqual([400, 400, 400, 400, 0]);
    expect(harness.starts).toHaveLength(1600);
    expect(dropped).toBe(0);
    // Slots fall every 2.5 ms and the tick runs every 1 ms: no start is ever a whole tick late.
    expect(summary.schedulerLateness!.max).toBeLessThan(1);
  });

  it("follows a ramp from a start rate: each second starts what the profile's integral says", async () => {
    // 100/s rising to 300/s over 2 s, then 300/s: 150 in the first second, 250 in the second.
    const load = rate({ startRate: 100, targetRate: 300, rampSeconds: 2, maxVus: 50, durationSeconds: 4 });
    const { harness } = await drive(load, 5000);
    expect(harness.startsPerSecond(5)).toEqual([150, 250, 300, 300, 0]);
  });

  it("follows stages from zero", async () => {
    const stages = [
      { durationSeconds: 2, target: 100 },
      { durationSeconds: 2, target: 100 },
    ];
    const { harness } = await drive(rate({ targetRate: 100, stages, maxVus: 50, durationSeconds: 4 }), 5000);
    expect(harness.startsPerSecond(5)).toEqual([25, 75, 100, 100, 0]);
  });

  it("counts a due iteration with no free VU as dropped, and never starts it", async () => {
    // 100/s, 2 VUs, 100 ms per iteration: in every 100 ms the two VUs take 2 slots and 8 are dropped.
    const { harness, dropped } = await drive(rate({ targetRate: 100, maxVus: 2, durationSeconds: 2 }), 3000, 100);
    expect(harness.starts).toHaveLength(40);
    expect(harness.starts.slice(0, 4)).toEqual([0, 10, 100, 110]);
    expect(dropped).toBe(160);
  });

  it("changes speed from the moment it is told, counting from there", async () => {
    const { harness } = await drive(rate({ targetRate: 100, maxVus: 50, durationSeconds: 3 }), 4000, 5, (e) =>
      e.setSpeed(300),
    );
    expect(harness.startsPerSecond(4)).toEqual([100, 300, 300, 0]);
  });
});
