import { findRunGeneratorSeconds, getRunById, type Db, type RunGeneratorSecondRow } from "@stampede/db";
import { GENERATOR_BOUND_CPU, isGeneratorBound } from "@stampede/metrics";

/** One generator's second as the Generators panel plots it. */
export interface GeneratorPoint {
  second: number;
  vus: number;
  /** Share of one core; null when it was not measured. */
  cpu: number | null;
  rssBytes: number | null;
  requests: number;
}

/** One load generator of a run: who and where it is, and its seconds. */
export interface GeneratorSeries {
  generatorId: string;
  generatorName: string;
  region: string;
  shardIndex: number;
  points: GeneratorPoint[];
}

/** What `GET /api/v1/runs/:id/generators` answers. */
export interface RunGenerators {
  generators: GeneratorSeries[];
  /** Seconds in which the busiest generator ran above `boundCpu`, out of `seconds` measured. */
  busySeconds: number;
  seconds: number;
  /** The generator-bound warning, by the same rule as the run summary's. */
  generatorBound: boolean;
  boundCpu: number;
}

/** Groups a run's generator rows by generator, and applies the generator-bound rule to what is stored so far. */
export function groupGeneratorSeconds(rows: RunGeneratorSecondRow[]): RunGenerators {
  const byGenerator = new Map<string, GeneratorSeries>();
  const busiest = new Map<number, number>();
  for (const row of rows) {
    const key = `${row.generatorId}/${row.shardIndex}`;
    let series = byGenerator.get(key);
    if (!series) {
      series = { ...pick(row), points: [] };
      byGenerator.set(key, series);
    }
    series.points.push({
      second: row.second,
      vus: row.vus,
      cpu: row.cpu,
      rssBytes: row.rssBytes,
      requests: row.requests,
    });
    busiest.set(row.second, Math.max(busiest.get(row.second) ?? 0, row.cpu ?? 0));
  }
  const busySeconds = [...busiest.values()].filter((cpu) => cpu > GENERATOR_BOUND_CPU).length;
  return {
    generators: [...byGenerator.values()],
    busySeconds,
    seconds: busiest.size,
    generatorBound: isGeneratorBound(busySeconds, busiest.size),
    boundCpu: GENERATOR_BOUND_CPU,
  };
}

function pick({ generatorId, generatorName, region, shardIndex }: RunGeneratorSecondRow) {
  return { generatorId, generatorName, region, shardIndex };
}

export async function getRunGenerators(db: Db, runId: string): Promise<RunGenerators> {
  await getRunById(db, runId); // 404 for an unknown run
  return groupGeneratorSeconds(await findRunGeneratorSeconds(db, runId));
}
