// Every case runs several times, in rounds (each round runs every case once), so a burst of noise from
// outside the bench hits one run of each case rather than all runs of one. The report shows each case's
// median run with the range, and ratios between cases of the same round.
import type { CaseResult } from "./measure-case";

/** A case's median run (by requests per CPU-second), with how many runs there were and their range. */
export interface RepeatedCase extends CaseResult {
  runs: number;
  requestsPerCpuSecondRange: [number, number];
}

/** The median of `values`; the lower middle one when their number is even (an actual run, not a mean). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** One entry per case id, in the order cases first ran. */
export function medianRuns(results: CaseResult[]): RepeatedCase[] {
  const byId = new Map<string, CaseResult[]>();
  for (const r of results) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  return [...byId.values()].map((runs) => {
    const sorted = [...runs].sort((a, b) => a.requestsPerCpuSecond - b.requestsPerCpuSecond);
    const middle = sorted[Math.floor((sorted.length - 1) / 2)]!;
    return {
      ...middle,
      runs: runs.length,
      requestsPerCpuSecondRange: [sorted[0]!.requestsPerCpuSecond, sorted.at(-1)!.requestsPerCpuSecond],
    };
  });
}

/**
 * `a`'s CPU per request over `b`'s, round by round (runs of the same round are the closest in time): the
 * median and range of those ratios, or undefined when the two never ran in the same round.
 */
export function roundRatios(
  results: CaseResult[],
  a: string,
  b: string,
): { median: number; min: number; max: number } | undefined {
  const ratios: number[] = [];
  for (const ra of results.filter((r) => r.id === a)) {
    const rb = results.find((r) => r.id === b && r.round === ra.round);
    if (rb) ratios.push(ra.cpuSecondsPer10kRequests / rb.cpuSecondsPer10kRequests);
  }
  if (ratios.length === 0) return undefined;
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}
