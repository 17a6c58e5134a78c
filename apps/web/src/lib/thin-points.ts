import type { TLiveFigures, TLivePoint, TLivePointStep } from "@stampede/contracts";

/** More points than this and a chart draws buckets of several seconds (an hour is 3,600 points a line). */
export const MAX_CHART_POINTS = 600;

type CountKey = "requests" | "failures" | "bytesSent" | "bytesReceived" | "checksPassed" | "checksFailed";
const COUNTS: CountKey[] = ["requests", "failures", "bytesSent", "bytesReceived", "checksPassed", "checksFailed"];
type PeakKey = "p50" | "p90" | "p95" | "p99" | "max";
const PEAKS: PeakKey[] = ["p50", "p90", "p95", "p99", "max"];

/** Per-second mean of count maps (status codes, error kinds) over a bucket. */
function meanMap(maps: Array<Record<string, number>>, seconds: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of maps) for (const [k, v] of Object.entries(m)) out[k] = (out[k] ?? 0) + v;
  for (const k of Object.keys(out)) out[k] = out[k]! / seconds;
  return out;
}

/**
 * A bucket's figures for the chart: counts as their mean per second (the axis stays "per second"), latencies as
 * the bucket's worst second (a spike stays visible; exact percentiles of a range are the tables' job, from merged
 * histograms), the mean weighted by requests.
 */
function bucketFigures(figures: TLiveFigures[]): TLiveFigures {
  const n = figures.length;
  const out = { statusCodes: {}, errors: {} } as TLiveFigures;
  for (const key of COUNTS) out[key] = figures.reduce((sum, f) => sum + f[key], 0) / n;
  for (const key of PEAKS) out[key] = Math.max(...figures.map((f) => f[key]));
  const requests = figures.reduce((sum, f) => sum + f.requests, 0);
  out.mean = requests > 0 ? figures.reduce((sum, f) => sum + f.mean * f.requests, 0) / requests : 0;
  out.statusCodes = meanMap(
    figures.map((f) => f.statusCodes),
    n,
  );
  out.errors = meanMap(
    figures.map((f) => f.errors),
    n,
  );
  return out;
}

function bucketPoint(bucket: TLivePoint[]): TLivePoint {
  const n = bucket.length;
  const stepNames = new Set(bucket.flatMap((p) => p.steps.map((s) => s.step)));
  const steps: TLivePointStep[] = [...stepNames].map((step) => {
    // A second in which the step sent nothing counts as zeros, so its mean per second is over the whole bucket.
    const present = bucket.flatMap((p) => p.steps.filter((s) => s.step === step));
    const figures = bucketFigures(present);
    for (const key of COUNTS) figures[key] = (figures[key] * present.length) / n;
    for (const map of [figures.statusCodes, figures.errors]) {
      for (const k of Object.keys(map)) map[k] = (map[k]! * present.length) / n;
    }
    return { ...figures, step };
  });
  const corrected = bucket.flatMap((p) => (p.p99Corrected === undefined ? [] : [p.p99Corrected]));
  const cpu = bucket.flatMap((p) => (p.generatorCpu === undefined ? [] : [p.generatorCpu]));
  return {
    ...bucketFigures(bucket),
    second: bucket[0]!.second,
    vus: Math.max(...bucket.map((p) => p.vus)),
    iterations: bucket.reduce((sum, p) => sum + p.iterations, 0) / n,
    droppedIterations: bucket.reduce((sum, p) => sum + p.droppedIterations, 0) / n,
    ...(corrected.length ? { p99Corrected: Math.max(...corrected) } : {}),
    ...(cpu.length ? { generatorCpu: Math.max(...cpu) } : {}),
    steps,
  };
}

/**
 * The points a chart draws: every second up to `max` points, else buckets of whole seconds, each drawn at its
 * first second. Zooming into a range brings the seconds back one by one.
 */
export function thinPoints(points: TLivePoint[], max = MAX_CHART_POINTS): TLivePoint[] {
  if (points.length <= max) return points;
  const size = Math.ceil(points.length / max);
  const out: TLivePoint[] = [];
  for (let i = 0; i < points.length; i += size) out.push(bucketPoint(points.slice(i, i + size)));
  return out;
}
