import type { TRequestSample } from "@stampede/contracts";

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
 * `successEvery` (the first one included, so every step shows what a good answer looks like). The caps
 * keep logging cheap when a run fails at full speed.
 */
export class Sampler {
  private second = -1;
  private failuresThisSecond = 0;
  private successes = 0;
  private kept = 0;

  constructor(
    private readonly emit: (sample: TRequestSample) => void,
    private readonly now: () => number,
    private readonly options: SamplingOptions = DEFAULT_SAMPLING,
  ) {}

  wants(failed: boolean): boolean {
    if (this.kept >= this.options.maxSamples) return false;
    if (!failed) return this.successes++ % this.options.successEvery === 0;
    const second = Math.floor(this.now() / 1000);
    if (second !== this.second) {
      this.second = second;
      this.failuresThisSecond = 0;
    }
    return this.failuresThisSecond++ < this.options.failuresPerSecond;
  }

  add(sample: TRequestSample) {
    this.kept++;
    this.emit(sample);
  }
}
