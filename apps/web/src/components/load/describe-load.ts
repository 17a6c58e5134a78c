import type { TLoadConfig } from "@stampede/contracts";

/** The load in a sentence, for the Start confirmation: model, size, duration, ramp. */
export function describeLoadPlan(load: TLoadConfig): string {
  const duration = `for ${load.durationSeconds} s`;
  if (load.mode === "rate") {
    const ramp = load.stages
      ? `, ${load.stages.length} stages`
      : load.rampSeconds
        ? `, ramping from ${load.startRate ?? load.targetRate}/s over ${load.rampSeconds} s`
        : "";
    return `TPS mode: ${load.targetRate} iterations/s ${duration}, at most ${load.maxVus} VUs${ramp}`;
  }
  const vus = `${load.vus} VU${load.vus === 1 ? "" : "s"}`;
  if (load.stages) return `Concurrency: up to ${vus} ${duration}, ${load.stages.length} stages`;
  if (load.startPercent !== undefined && load.incrementPercent !== undefined && load.stepDurationSeconds) {
    return `Concurrency: ${vus} ${duration}, starting at ${load.startPercent}% and adding ${load.incrementPercent}% every ${load.stepDurationSeconds} s`;
  }
  return `Concurrency: ${vus} ${duration}${load.rampUpSeconds ? `, linear ramp-up over ${load.rampUpSeconds} s` : ", all at once"}`;
}
