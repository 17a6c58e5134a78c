// Generator: the engine in TPS (arrival-rate) mode, one GET per iteration. Does one core hold the rate,
// second by second, and how late does the scheduler start iterations? Prints one JSON line.
import { parseArgs } from "node:util";
import { ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { runLoad } from "@stampede/engine";
import { cpuSecondsSoFar } from "./runner-io";

/** What the rate case reports. */
export interface RateRunResult {
  rate: number;
  /** The run's planned length: iterations are due over it, so the achieved rate is measured against it. */
  durationSeconds: number;
  /** How long runLoad took, the last iterations' answers included. */
  elapsedSeconds: number;
  iterations: number;
  dropped: number;
  failures: number;
  /** Iterations completed in each whole second of the run, second 0 first. */
  perSecond: number[];
  /** Dropped iterations in each second. */
  droppedPerSecond: number[];
  latenessP50Ms: number;
  latenessP99Ms: number;
  /** CPU of the whole process over the run (start-up excluded). */
  cpuSeconds: number;
}

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    rate: { type: "string", default: "20000" },
    duration: { type: "string", default: "10" },
    "max-vus": { type: "string", default: "1000" },
  },
});
if (!values.url) throw new Error("--url is required");
const rate = Number(values.rate);
const scenario = ZScenarioSpec.parse({
  flows: [{ name: "f", steps: [{ type: "http", name: "GET", url: values.url }] }],
});
const load = ZLoadConfig.parse({
  mode: "rate",
  targetRate: rate,
  durationSeconds: Number(values.duration),
  maxVus: Number(values["max-vus"]),
});

const perSecond: number[] = [];
const droppedPerSecond: number[] = [];
const cpuBefore = cpuSecondsSoFar();
const summary = await runLoad({
  plan: { scenario, load },
  sink: {
    frame: (f) => {
      perSecond[f.second] = (perSecond[f.second] ?? 0) + f.iterations;
      droppedPerSecond[f.second] = (droppedPerSecond[f.second] ?? 0) + f.droppedIterations;
    },
  },
});
const result: RateRunResult = {
  rate,
  durationSeconds: load.durationSeconds,
  elapsedSeconds: summary.durationSeconds,
  iterations: summary.iterations,
  dropped: summary.droppedIterations,
  failures: summary.failures,
  perSecond: [...perSecond].map((n) => n ?? 0),
  droppedPerSecond: [...droppedPerSecond].map((n) => n ?? 0),
  latenessP50Ms: summary.schedulerLateness?.p50 ?? 0,
  latenessP99Ms: summary.schedulerLateness?.p99 ?? 0,
  cpuSeconds: cpuSecondsSoFar() - cpuBefore,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
