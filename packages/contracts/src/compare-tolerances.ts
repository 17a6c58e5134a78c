import { z } from "zod";

const percent = z.number().min(0).max(1000);

/**
 * How much worse a compared run may be before the comparison marks it a regression (per project, in
 * `Project.compareTolerances`; absent fields take the defaults).
 */
export const ZCompareTolerances = z
  .object({
    /** p95 latency up by more than this percent. */
    p95Pct: percent.default(10),
    /** p99 latency up by more than this percent. */
    p99Pct: percent.default(20),
    /** Error rate up by more than this many percentage points. */
    errorRatePoints: z.number().min(0).max(100).default(1),
    /** Throughput (TPS) down by more than this percent. */
    tpsPct: z.number().min(0).max(100).default(10),
  })
  .strict();
export type TCompareTolerances = z.infer<typeof ZCompareTolerances>;

/** The tolerances used where a project has set none. */
export const DEFAULT_COMPARE_TOLERANCES: TCompareTolerances = ZCompareTolerances.parse({});
