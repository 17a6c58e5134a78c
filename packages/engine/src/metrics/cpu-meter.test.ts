import { describe, expect, it } from "vitest";
import { CpuMeter } from "./cpu-meter";

describe("generator CPU", () => {
  it("measures CPU time over wall time as a share of one core", () => {
    let cpu = 0;
    let wall = 0;
    const meter = new CpuMeter({ now: () => wall, hrtime: () => wall, cpuMicros: () => cpu });
    wall += 1000;
    cpu += 900_000;
    expect(meter.sinceLast()).toBe(0.9);
    wall += 1000;
    cpu += 100_000;
    expect(meter.sinceLast()).toBe(0.1);
  });
});
