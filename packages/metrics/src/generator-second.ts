import type { TShardFrame } from "@stampede/contracts";

/** One load generator's gauges (its shard's) during one second, as the Generators panel plots them. */
export interface GeneratorSecondRecord {
  shardIndex: number;
  generatorId: string;
  generatorName: string;
  region: string;
  vus: number;
  /** Share of one core the generator process used; null when it could not be read. */
  cpu: number | null;
  rssBytes: number | null;
  requests: number;
}

/** Who wrote a shard frame, as the metrics stream stamps it (absent in entries of older generators). */
export interface FrameWriter {
  shardIndex: number;
  generatorId?: string;
  generatorName?: string;
  region?: string;
}

/** A shard frame's generator gauges. */
export function generatorSecondOf(frame: TShardFrame, writer: FrameWriter): GeneratorSecondRecord {
  let requests = 0;
  for (const step of frame.steps) requests += step.requests;
  const generatorId = writer.generatorId ?? `shard-${writer.shardIndex}`;
  return {
    shardIndex: writer.shardIndex,
    generatorId,
    generatorName: writer.generatorName ?? generatorId,
    region: writer.region ?? "",
    vus: frame.vus,
    cpu: frame.cpu ?? null,
    rssBytes: frame.rssBytes ?? null,
    requests,
  };
}

const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/**
 * Adds a shard's gauges to its row of the second (a late frame, or a stored row): VUs and requests add, CPU
 * and memory keep the highest reading; the row keeps the generator that wrote it first.
 */
export function addGeneratorSecond(rows: Map<number, GeneratorSecondRecord>, row: GeneratorSecondRecord) {
  const had = rows.get(row.shardIndex);
  if (!had) {
    rows.set(row.shardIndex, { ...row });
    return;
  }
  had.vus += row.vus;
  had.requests += row.requests;
  had.cpu = maxOf(had.cpu, row.cpu);
  had.rssBytes = maxOf(had.rssBytes, row.rssBytes);
}
