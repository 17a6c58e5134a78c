import type { Db } from "@stampede/db";

/** One load generator's health over the run: what it carried and how hard it worked. */
export interface GeneratorHealth {
  generatorName: string;
  region: string;
  seconds: number;
  maxVus: number;
  requests: number;
  /** Share of one core, mean and peak over its seconds; null where it reported none. */
  meanCpu: number | null;
  peakCpu: number | null;
  peakRssBytes: number | null;
}

/** Each generator's seconds of the run (RunGeneratorSecond), summed up; empty for runs that stored none. */
export async function findGeneratorHealth(db: Db, runId: string): Promise<GeneratorHealth[]> {
  const groups = await db.runGeneratorSecond.groupBy({
    by: ["generatorId", "generatorName", "region"],
    where: { runId },
    _count: { _all: true },
    _max: { vus: true, cpu: true, rssBytes: true },
    _avg: { cpu: true },
    _sum: { requests: true },
    orderBy: { generatorName: "asc" },
  });
  return groups.map((g) => ({
    generatorName: g.generatorName,
    region: g.region,
    seconds: g._count._all,
    maxVus: g._max.vus ?? 0,
    requests: g._sum.requests ?? 0,
    meanCpu: g._avg.cpu,
    peakCpu: g._max.cpu,
    peakRssBytes: g._max.rssBytes === null ? null : Number(g._max.rssBytes),
  }));
}
