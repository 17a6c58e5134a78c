import { maxVusOf, toK6Summary, ZLoadConfig, ZRunSummary, type TK6Summary } from "@stampede/contracts";
import { ConflictError, findRunSeconds, getRunById, type Db } from "@stampede/db";

/** The run's summary document for API users and downloads: k6's metric names, and what the run was. */
export interface RunSummaryDocument extends TK6Summary {
  run: { id: string; scenarioId: string; status: string; startedAt: string | null; endedAt: string | null };
  generator_bound: boolean;
}

/** The finished run's totals in k6's names; 409 while the run has no summary yet (it is still going). */
export async function getRunSummary(db: Db, runId: string): Promise<RunSummaryDocument> {
  const run = await getRunById(db, runId);
  const summary = ZRunSummary.safeParse(run.summary);
  if (!summary.success) {
    throw new ConflictError(`run ${runId} has no summary yet (status ${run.status}); it is written when the run ends`);
  }
  const seconds = await findRunSeconds(db, runId);
  const load = ZLoadConfig.safeParse(run.load);
  const vusMax = load.success ? maxVusOf(load.data) : Math.max(0, ...seconds.map((s) => s.vus));
  const vus = seconds.map((s) => s.vus);
  return {
    run: {
      id: run.id,
      scenarioId: run.scenarioId,
      status: run.status,
      startedAt: run.startedAt?.toISOString() ?? null,
      endedAt: run.endedAt?.toISOString() ?? null,
    },
    ...toK6Summary(summary.data, {
      vusMax,
      vus: vus.length ? { value: vus.at(-1)!, min: Math.min(...vus), max: Math.max(...vus) } : undefined,
    }),
    generator_bound: summary.data.generatorBound,
  };
}
