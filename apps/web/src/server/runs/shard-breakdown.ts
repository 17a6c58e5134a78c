import type { RunShard } from "@stampede/db";
import { mergeEncodedHistograms, summarizeLatency } from "@stampede/metrics";

/** One line of a run's distribution: a region or a generator, with what its shards delivered. */
export interface ShardBreakdownRow {
  /** The region label, or the generator's name. */
  label: string;
  region: string;
  /** Planned VUs of the shards it ran (a reassigned shard counts on each generator that ran it). */
  vus: number;
  requests: number;
  failures: number;
  iterations: number;
  p95Ms: number | null;
  p99Ms: number | null;
  /** The shards it ran, e.g. "#0 ENDED", "#1 g1 RUNNING". */
  shards: string[];
}

/** A run's load and latency per region and per generator, from its shard rows. */
export interface ShardBreakdown {
  regions: ShardBreakdownRow[];
  generators: ShardBreakdownRow[];
}

function rowOf(label: string, region: string, rows: RunShard[]): ShardBreakdownRow {
  const latency = mergeEncodedHistograms(rows.flatMap((r) => (r.histogram ? [r.histogram] : [])));
  const measured = latency.totalCount > 0 ? summarizeLatency(latency) : undefined;
  latency.destroy();
  return {
    label,
    region,
    vus: rows.reduce((n, r) => n + r.weight, 0),
    requests: rows.reduce((n, r) => n + r.requests, 0),
    failures: rows.reduce((n, r) => n + r.failures, 0),
    iterations: rows.reduce((n, r) => n + r.iterations, 0),
    p95Ms: measured?.p95 ?? null,
    p99Ms: measured?.p99 ?? null,
    shards: rows.map((r) => `#${r.shardIndex}${r.generation > 0 ? ` g${r.generation}` : ""} ${r.status}`),
  };
}

function groupBy(rows: RunShard[], key: (r: RunShard) => string): Map<string, RunShard[]> {
  const groups = new Map<string, RunShard[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

/**
 * Adds a run's shard rows up per region and per generator; latency percentiles come from the merged
 * histograms (never averaged). A region's VUs count each shard once, at its planned weight.
 */
export function shardBreakdown(rows: RunShard[]): ShardBreakdown {
  const regions = [...groupBy(rows, (r) => r.region)].map(([region, group]) => {
    const row = rowOf(region, region, group);
    const firstGenerations = group.filter((r) => r.generation === 0);
    return { ...row, vus: firstGenerations.reduce((n, r) => n + r.weight, 0) };
  });
  const generators = [...groupBy(rows, (r) => r.generatorId)].map(([, group]) =>
    rowOf(group[0]!.generatorName, group[0]!.region, group),
  );
  const byLabel = (a: ShardBreakdownRow, b: ShardBreakdownRow) => a.label.localeCompare(b.label);
  return { regions: regions.sort(byLabel), generators: generators.sort(byLabel) };
}
