import { type TLoadConfig, ZLoadConfig } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { SpeedControl } from "./speed-control";

const load = ZLoadConfig.parse({ mode: "rate", targetRate: 100, maxVus: 10, durationSeconds: 60 }) as TLoadConfig;
const share = { ...load, maxVus: 4 } as TLoadConfig;

describe("a generator's speed control", () => {
  it("hands the engine its shard's part of a change for the run or for one flow", () => {
    const control = new SpeedControl(load, share);
    const seen: Array<[number, string | undefined]> = [];
    control.subscribe((value, flow) => seen.push([value, flow]));
    control.change(50);
    control.change(10, "buy");
    expect(seen).toEqual([
      [20, undefined],
      [4, "buy"],
    ]);
  });

  it("replays the latest changes to an engine that subscribes late, the run's before the flows'", () => {
    const control = new SpeedControl(load, share);
    control.change(10, "buy");
    control.change(50);
    control.change(5, "browse");
    const seen: Array<[number, string | undefined]> = [];
    control.subscribe((value, flow) => seen.push([value, flow]));
    // The run-wide change replaced the earlier per-flow one.
    expect(seen).toEqual([
      [20, undefined],
      [2, "browse"],
    ]);
  });
});
