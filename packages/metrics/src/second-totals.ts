import { addTokenSeconds, type TShardFrame, type TTokenSecond } from "@stampede/contracts";
import {
  addGeneratorSecond,
  type FrameWriter,
  type GeneratorSecondRecord,
  generatorSecondOf,
} from "./generator-second";
import { createHistogram, encodeHistogram, summarizeLatency } from "./histogram";
import { type EncodedStepCounts, type StepTotals, stepTotalsOf } from "./step-totals";

/** One step's figures for one second, as stored: counts, encoded histograms and percentiles (ms). */
export interface StepSecondRecord extends EncodedStepCounts {
  step: string;
  histogramCorrected: string | null;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

/** The run-level gauges of one second: they add across shards (and across late frames). */
export interface SecondGauges {
  vus: number;
  iterations: number;
  droppedIterations: number;
  /** The busiest generator's CPU share (a maximum, not a sum). */
  generatorCpu: number | null;
  /** The token provider's activity, all shards added; null (or absent) without one. */
  token?: TTokenSecond | null;
}

/** The whole run during one second, as stored: gauges plus all steps merged. */
export interface SecondRecord extends SecondGauges {
  second: number;
  requests: number;
  failures: number;
  p50Ms: number;
  /** Null for seconds stored before the run-level p90 was kept. */
  p90Ms: number | null;
  p95Ms: number;
  p99Ms: number;
  /** p99 corrected for coordinated omission; null for seconds stored before it was measured. */
  p99CorrectedMs: number | null;
  /** Every step's latency merged, encoded; absent or null for seconds stored before it was kept. */
  histogram?: string | null;
}

/**
 * Everything reported for one second of a run, merged: shards' frames, and the figures stored for the
 * second before (a frame that arrived late). Everything adds; nothing replaces.
 */
export class SecondTotals implements SecondGauges {
  vus = 0;
  iterations = 0;
  droppedIterations = 0;
  generatorCpu: number | null = null;
  token: TTokenSecond | null = null;
  readonly steps = new Map<string, StepTotals>();
  /** Each shard's generator gauges, by shard index. */
  readonly generators = new Map<number, GeneratorSecondRecord>();

  constructor(readonly second: number) {}

  addGauges(gauges: SecondGauges) {
    this.vus += gauges.vus;
    this.iterations += gauges.iterations;
    this.droppedIterations += gauges.droppedIterations;
    if (gauges.generatorCpu !== null) this.generatorCpu = Math.max(this.generatorCpu ?? 0, gauges.generatorCpu);
    this.token = addTokenSeconds(this.token, gauges.token);
  }

  /** One shard's frame of this second; `writer` (the stream entry's stamp) names its generator. */
  addFrame(frame: TShardFrame, writer?: FrameWriter) {
    this.addGauges({
      vus: frame.vus,
      iterations: frame.iterations,
      // `?? 0`: frames from engines that predate dropped iterations lack the field.
      droppedIterations: frame.droppedIterations ?? 0,
      generatorCpu: frame.cpu ?? null,
      token: frame.token ?? null,
    });
    for (const s of frame.steps) this.addStep(s.step, s);
    if (writer) this.addGenerator(generatorSecondOf(frame, writer));
  }

  /** One shard's generator gauges (from its frame, or stored for this second before a late frame came). */
  addGenerator(row: GeneratorSecondRecord) {
    addGeneratorSecond(this.generators, row);
  }

  /** One step's counts (a frame's step, or a stored row). */
  addStep(step: string, counts: EncodedStepCounts) {
    stepTotalsOf(this.steps, step).addEncoded(counts);
  }

  /** The merged second as it is stored: one record per step and one for the second. */
  toRecords(): { steps: StepSecondRecord[]; second: SecondRecord; generators: GeneratorSecondRecord[] } {
    const all = createHistogram();
    const allCorrected = createHistogram();
    const steps: StepSecondRecord[] = [];
    let requests = 0;
    let failures = 0;
    for (const t of this.steps.values()) {
      all.add(t.latency);
      allCorrected.add(t.latencyCorrected);
      requests += t.requests;
      failures += t.failures;
      const latency = summarizeLatency(t.latency);
      const encoded = t.toEncoded();
      steps.push({
        ...encoded,
        histogramCorrected: encoded.histogramCorrected ?? null,
        p50Ms: latency.p50,
        p90Ms: latency.p90,
        p95Ms: latency.p95,
        p99Ms: latency.p99,
        maxMs: latency.max,
        meanMs: latency.mean,
      });
    }
    const overall = summarizeLatency(all);
    const corrected = summarizeLatency(allCorrected);
    const histogram = encodeHistogram(all);
    all.destroy();
    allCorrected.destroy();
    return {
      steps,
      second: {
        second: this.second,
        vus: this.vus,
        iterations: this.iterations,
        droppedIterations: this.droppedIterations,
        generatorCpu: this.generatorCpu,
        token: this.token,
        requests,
        failures,
        p50Ms: overall.p50,
        p90Ms: overall.p90,
        p95Ms: overall.p95,
        p99Ms: overall.p99,
        p99CorrectedMs: corrected.p99,
        histogram,
      },
      generators: [...this.generators.values()].sort((a, b) => a.shardIndex - b.shardIndex),
    };
  }

  destroy() {
    for (const t of this.steps.values()) t.destroy();
  }
}
