import type { TRequestSample } from "@stampede/contracts";
import { maskSecretsDeep } from "./mask";

/** Caps of the sampled request log of one run shard. */
export interface SamplingOptions {
  /** Failed requests kept per second, at most. */
  failuresPerSecond: number;
  /** One successful request kept out of this many. */
  successEvery: number;
  /** Samples kept in all, at most. */
  maxSamples: number;
}

export const DEFAULT_SAMPLING: SamplingOptions = { failuresPerSecond: 10, successEvery: 1000, maxSamples: 2000 };

/**
 * Decides which requests go into the sampled log: every failure up to a per-second cap, and one success in
 * `successEvery` of each step (its first one included, so every step shows what a good answer looks like —
 * counted over all steps, a flow whose steps alternate could put every sample on one step). The caps keep
 * logging cheap when a run fails at full speed.
 */
export class Sampler {
  private second = -1;
  private failuresThisSecond = 0;
  private readonly successes = new Map<string, number>();
  private kept = 0;

  constructor(
    private readonly emit: (sample: TRequestSample) => void,
    private readonly now: () => number,
    private readonly options: SamplingOptions = DEFAULT_SAMPLING,
    /** The values of the scenario's marked secrets: masked wherever they appear in a kept sample. */
    readonly secretValues: readonly string[] = [],
  ) {}

  wants(step: string, failed: boolean): boolean {
    if (this.kept >= this.options.maxSamples) return false;
    if (!failed) {
      const seen = this.successes.get(step) ?? 0;
      this.successes.set(step, seen + 1);
      return seen % this.options.successEvery === 0;
    }
    const second = Math.floor(this.now() / 1000);
    if (second !== this.second) {
      this.second = second;
      this.failuresThisSecond = 0;
    }
    return this.failuresThisSecond++ < this.options.failuresPerSecond;
  }

  add(sample: TRequestSample) {
    this.kept++;
    // The builders mask marked values before anything else; this pass is the net for fields added later.
    this.emit(maskSecretsDeep(sample, this.secretValues));
  }
}
