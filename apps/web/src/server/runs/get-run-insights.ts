import { ZLoadConfig, ZRunSummary, ZScenarioSpec, type TRunSummary } from "@stampede/contracts";
import { findRunInsightFigures, getRunById, type Db } from "@stampede/db";
import { GENERATOR_BOUND_CPU, insightsFor, isGeneratorBound, type TInsight, tokenSteps } from "@stampede/metrics";

const NO_LATENCY = { min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };

/** Totals so far of a run still going, from its stored seconds (counts only: latency waits for the summary). */
function liveSummary(figures: Awaited<ReturnType<typeof findRunInsightFigures>>): TRunSummary {
  const { seconds, stepSeconds } = figures;
  const byStep = new Map<string, { requests: number; failures: number }>();
  for (const r of stepSeconds) {
    const t = byStep.get(r.step) ?? { requests: 0, failures: 0 };
    t.requests += r.requests;
    t.failures += r.failures;
    byStep.set(r.step, t);
  }
  const sum = (pick: (s: (typeof seconds)[number]) => number) => seconds.reduce((n, s) => n + pick(s), 0);
  const durationSeconds = seconds.length;
  const requests = sum((s) => s.requests);
  return {
    durationSeconds,
    requests,
    failures: sum((s) => s.failures),
    iterations: sum((s) => s.iterations),
    droppedIterations: sum((s) => s.droppedIterations),
    rps: durationSeconds ? requests / durationSeconds : 0,
    generatorBound: isGeneratorBound(
      seconds.filter((s) => (s.generatorCpu ?? 0) > GENERATOR_BOUND_CPU).length,
      durationSeconds,
    ),
    latency: NO_LATENCY,
    steps: [...byStep].map(([step, t]) => ({
      step,
      ...t,
      statusCodes: {},
      errors: {},
      bytesSent: 0,
      bytesReceived: 0,
      checksPassed: 0,
      checksFailed: 0,
      latency: NO_LATENCY,
    })),
  };
}

/** The run's insights: from its summary once it ended, from its stored seconds while it goes on. */
export async function getRunInsights(db: Db, runId: string): Promise<TInsight[]> {
  const run = await getRunById(db, runId);
  const load = ZLoadConfig.safeParse(run.load);
  const spec = ZScenarioSpec.safeParse(run.scenarioSnapshot);
  const figures = await findRunInsightFigures(db, runId, spec.success ? tokenSteps(spec.data).map((t) => t.step) : []);
  const final = ZRunSummary.safeParse(run.summary);
  return insightsFor({
    load: load.success ? load.data : null,
    spec: spec.success ? spec.data : null,
    summary: final.success ? final.data : figures.seconds.length ? liveSummary(figures) : null,
    stepSeconds: figures.stepSeconds,
  });
}
