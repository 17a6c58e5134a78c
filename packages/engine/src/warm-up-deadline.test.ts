import { describe, expect, it } from "vitest";
import type { RunLoadOptions } from "./types";
import { warmUpEngine } from "./warm-up";

/** A runLoad that records what the warm-up asked of it, and takes `ms` of the fake clock per call. */
function fakeRunLoad(clock: { ms: number }, ms: number) {
  const calls: RunLoadOptions[] = [];
  const runLoad = async (options: RunLoadOptions) => {
    calls.push(options);
    clock.ms += ms;
  };
  return { calls, runLoad };
}

describe("the warm-up before a start fixed ahead", () => {
  it("without a deadline runs both of its rounds", async () => {
    const clock = { ms: 0 };
    const { calls, runLoad } = fakeRunLoad(clock, 700);
    await warmUpEngine(runLoad, 100);
    expect(calls).toHaveLength(2);
    expect(calls.every((c) => c.signal === undefined && c.warmUp === false)).toBe(true);
  });

  it("stops at the deadline: a round that would start after it is not run, and each round may be cut at it", async () => {
    const clock = { ms: 0 };
    const { calls, runLoad } = fakeRunLoad(clock, 700);
    await warmUpEngine(runLoad, 100, { atMs: 500, now: () => clock.ms });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signal).toBeInstanceOf(AbortSignal);
  });

  it("is skipped when the start leaves no time for it", async () => {
    const clock = { ms: 1000 };
    const { calls, runLoad } = fakeRunLoad(clock, 700);
    await warmUpEngine(runLoad, 100, { atMs: 900, now: () => clock.ms });
    expect(calls).toHaveLength(0);
  });
});
