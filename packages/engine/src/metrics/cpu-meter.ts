import type { Clock } from "../types";

/** The generator's CPU use between two reads, as a share of one core (Node runs the engine on one thread). */
export class CpuMeter {
  private lastCpu: number | undefined;
  private lastWall: number;

  constructor(private readonly clock: Pick<Clock, "now" | "hrtime" | "cpuMicros">) {
    this.lastCpu = clock.cpuMicros?.();
    this.lastWall = clock.hrtime();
  }

  sinceLast(): number | undefined {
    const cpu = this.clock.cpuMicros?.();
    const wall = this.clock.hrtime();
    if (cpu === undefined || this.lastCpu === undefined) return undefined;
    const share = wall > this.lastWall ? (cpu - this.lastCpu) / ((wall - this.lastWall) * 1000) : 0;
    this.lastCpu = cpu;
    this.lastWall = wall;
    return Math.round(share * 1000) / 1000;
  }
}
