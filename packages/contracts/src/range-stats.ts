import { z } from "zod";
import { ZLatencySummary, ZStepSummary } from "./metrics";
import { queryNumber } from "./query-number";

/** One step's (or the whole run's) figures over a range of seconds, from merged histograms. */
export const ZRangeFigures = ZStepSummary.omit({ step: true }).extend({
  /** Share of requests that did not fail, 0..1; 1 when there were none. */
  successRate: z.number(),
  /** Requests per second over the range's seconds. */
  tps: z.number(),
  latencyCorrected: ZLatencySummary,
});
export type TRangeFigures = z.infer<typeof ZRangeFigures>;

/** A run's figures over seconds `from`..`to` (inclusive): per step and overall. */
export const ZRangeStats = z.object({
  /** The seconds the figures cover: the stored seconds inside the range asked for (null when there are none). */
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  seconds: z.number().int(),
  overall: ZRangeFigures,
  steps: z.array(ZRangeFigures.extend({ step: z.string() })),
});
export type TRangeStats = z.infer<typeof ZRangeStats>;

/** The range a stats request asks for; both ends optional, in seconds since the run's start. */
export const ZRangeQuery = z
  .object({
    from: queryNumber("a second of the run such as 30").pipe(z.number().int().nonnegative()).optional(),
    to: queryNumber("a second of the run such as 60").pipe(z.number().int().nonnegative()).optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ["to"],
    message: "must be at least `from`",
  });
export type TRangeQuery = z.infer<typeof ZRangeQuery>;
