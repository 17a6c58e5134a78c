import { describe, expect, it } from "vitest";
import { findKnee } from "./knee";

const p = (load: number, throughput: number, latency: number) => ({ load, throughput, latency });

describe("findKnee", () => {
  it("marks the first phase where throughput flattens while latency climbs", () => {
    const points = [p(10, 100, 20), p(20, 200, 21), p(30, 290, 25), p(40, 300, 60), p(50, 298, 120)];
    expect(findKnee(points)).toBe(3);
  });

  it("finds none while throughput keeps pace with load", () => {
    expect(findKnee([p(10, 100, 20), p(20, 200, 40), p(30, 300, 80)])).toBeNull();
  });

  it("ignores flat throughput when latency holds (the target is simply idle)", () => {
    expect(findKnee([p(10, 100, 20), p(20, 101, 21)])).toBeNull();
  });

  it("looks only where the load rises", () => {
    expect(findKnee([p(10, 100, 20), p(10, 100, 90)])).toBeNull();
    expect(findKnee([p(10, 0, 0), p(20, 0, 50)])).toBeNull();
  });

  it("takes other thresholds", () => {
    const points = [p(10, 100, 20), p(20, 115, 30)];
    expect(findKnee(points)).toBeNull();
    expect(findKnee(points, { minThroughputGain: 0.2, minLatencyRise: 0.2 })).toBe(1);
  });
});
