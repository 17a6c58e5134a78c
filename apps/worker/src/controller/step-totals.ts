import { createHistogram, decodeHistogram, type Histogram } from "@stampede/engine";

/** The additive counters of one step that frames and stored rows both carry. */
export interface StepCounts {
  requests: number;
  failures: number;
  statusCodes: Record<string, number>;
  errors: Record<string, number>;
  bytesSent: number;
  bytesReceived: number;
  checksPassed: number;
  checksFailed: number;
}

/** One step's counts and latency, merged from any number of frames or rows: counts add, histograms merge. */
export interface StepTotals extends StepCounts {
  latency: Histogram;
}

function addCounts(into: Record<string, number>, from: Record<string, number>) {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** Adds `counts` and the encoded histogram to the step's totals in `byStep`, creating them on first use. */
export function addToStepTotals(
  byStep: Map<string, StepTotals>,
  step: string,
  counts: StepCounts,
  encodedHistogram: string,
) {
  let totals = byStep.get(step);
  if (!totals) {
    totals = {
      requests: 0,
      failures: 0,
      statusCodes: {},
      errors: {},
      bytesSent: 0,
      bytesReceived: 0,
      checksPassed: 0,
      checksFailed: 0,
      latency: createHistogram(),
    };
    byStep.set(step, totals);
  }
  totals.requests += counts.requests;
  totals.failures += counts.failures;
  totals.bytesSent += counts.bytesSent;
  totals.bytesReceived += counts.bytesReceived;
  totals.checksPassed += counts.checksPassed;
  totals.checksFailed += counts.checksFailed;
  addCounts(totals.statusCodes, counts.statusCodes);
  addCounts(totals.errors, counts.errors);
  const latency = decodeHistogram(encodedHistogram);
  totals.latency.add(latency);
  latency.destroy();
}
