import { stagesFit, type TConcurrencyLoad, type TLoadConfig, type TStage } from "@stampede/contracts";
import { describeDistribution } from "./describe-distribution";

/** Stages are listed one by one up to this many; more are summed up by their peak. */
const LISTED_STAGES = 4;

const num = (n: number | undefined) => (Number.isFinite(n) ? String(n) : "?");

/**
 * "in 3 stages from 0 VUs: to 10 VUs over 10 s, …", then what happens between the stages' end and the run's
 * end: the last target holds, or the run ends first and the rest of the stages never runs.
 */
function describeStages(stages: TStage[], durationSeconds: number, unit: (n: number | undefined) => string): string {
  const count = `${stages.length} stage${stages.length === 1 ? "" : "s"}`;
  const listed =
    stages.length === 0
      ? "no stages"
      : stages.length <= LISTED_STAGES
        ? `${count} from ${unit(0)}: ${stages.map((s) => `to ${unit(s.target)} over ${num(s.durationSeconds)} s`).join(", ")}`
        : `${count} from ${unit(0)}, peaking at ${unit(Math.max(...stages.map((s) => s.target)))}`;
  const fit = stagesFit(stages, durationSeconds);
  if (fit.kind === "shorter") return `${listed}, then ${unit(fit.holdTarget)} for the last ${fit.holdSeconds} s`;
  if (fit.kind === "longer") {
    return `${listed}; the run ends at ${num(durationSeconds)} s, so the last ${fit.cutSeconds} s of stages never run`;
  }
  return listed;
}

function iterationCap(load: TConcurrencyLoad): string {
  const n = load.iterations;
  return n === undefined ? "" : `; stops after ${n.toLocaleString("en-US")} iterations if that comes first`;
}

/**
 * The load in a sentence, for the Start confirmation: model, size, duration, ramp or stages, iteration cap,
 * then where it runs when the distribution differs from the defaults.
 */
export function describeLoadPlan(load: TLoadConfig): string {
  const distribution = describeDistribution(load);
  const shape = describeLoadShape(load) + describePerFlow(load);
  return distribution ? `${shape}. ${capitalize(distribution)}` : shape;
}

/** "; per flow: browse 60/s (funnel), buy 40/s" for a TPS load with rates of its own per flow. */
function describePerFlow(load: TLoadConfig): string {
  if (load.mode !== "rate" || !load.flowRates) return "";
  const flows = load.flowRates.map((f) => `${f.flow} ${num(f.rate)}/s${f.funnel ? " (funnel)" : ""}`);
  return `; per flow: ${flows.join(", ")}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function describeLoadShape(load: TLoadConfig): string {
  const duration = `for ${load.durationSeconds} s`;
  if (load.mode === "rate") {
    if (load.stages) {
      const rate = (n: number | undefined) => `${num(n)}/s`;
      return `TPS mode ${duration}, at most ${load.maxVus} VUs, in ${describeStages(load.stages, load.durationSeconds, rate)}`;
    }
    const ramp = load.rampSeconds
      ? `, ramping from ${load.startRate ?? load.targetRate}/s over ${load.rampSeconds} s`
      : "";
    return `TPS mode: ${load.targetRate} iterations/s ${duration}, at most ${load.maxVus} VUs${ramp}`;
  }
  const vus = `${load.vus} VU${load.vus === 1 ? "" : "s"}`;
  if (load.stages) {
    const vu = (n: number | undefined) => `${num(n)} VU${n === 1 ? "" : "s"}`;
    return `Concurrency ${duration} in ${describeStages(load.stages, load.durationSeconds, vu)}${iterationCap(load)}`;
  }
  if (load.startPercent !== undefined && load.incrementPercent !== undefined && load.stepDurationSeconds) {
    return `Concurrency: ${vus} ${duration}, starting at ${load.startPercent}% and adding ${load.incrementPercent}% every ${load.stepDurationSeconds} s${iterationCap(load)}`;
  }
  return `Concurrency: ${vus} ${duration}${load.rampUpSeconds ? `, linear ramp-up over ${load.rampUpSeconds} s` : ", all at once"}${iterationCap(load)}`;
}
