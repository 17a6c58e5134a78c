import { ERROR_KINDS, queryNumber } from "@stampede/contracts";
import { parseSampleCursor, type RunSampleFilter } from "@stampede/db";
import { z } from "zod";
import { BadRequestError } from "@/server/http/errors";

const SECOND = /^\d{1,7}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A moment of a run: whole seconds since its start ("30"), or an ISO date-time with its zone. */
const ZRunMoment = z
  .string()
  .trim()
  .refine((s) => SECOND.test(s) || (ISO.test(s) && !Number.isNaN(Date.parse(s))), {
    message: "expected a second of the run (0, 1, 2, ...) or an ISO date-time such as 2026-11-30T22:00:00Z",
  });

const ZMs = queryNumber("a response time in ms such as 250").pipe(z.number().nonnegative());

/** The filters of `GET /api/v1/runs/:id/samples`; an unknown parameter is refused rather than ignored. */
export const ZSampleQuery = z
  .object({
    step: z.string().min(1).max(200).optional(),
    kind: z.enum(["failure", "success"]).optional(),
    status: queryNumber("an HTTP status such as 500").pipe(z.number().int().min(0).max(999)).optional(),
    error: z.enum(ERROR_KINDS).optional(),
    minMs: ZMs.optional(),
    maxMs: ZMs.optional(),
    from: ZRunMoment.optional(),
    to: ZRunMoment.optional(),
    cursor: z
      .string()
      .refine((s) => parseSampleCursor(s) !== undefined, { message: "not a cursor this API returned (nextCursor)" })
      .optional(),
    take: queryNumber("a whole number from 1 to 500").pipe(z.number().int().min(1).max(500)).default(100),
  })
  .strict()
  .refine((q) => q.minMs === undefined || q.maxMs === undefined || q.minMs <= q.maxMs, {
    path: ["maxMs"],
    message: "must not be below minMs",
  });
export type TSampleQuery = z.infer<typeof ZSampleQuery>;

function momentOf(text: string | undefined, startedAt: Date): Date | undefined {
  if (text === undefined) return undefined;
  return SECOND.test(text) ? new Date(startedAt.getTime() + Number(text) * 1000) : new Date(text);
}

/** The query as the samples store takes it; seconds count from `startedAt`, and `to` takes its whole second. */
export function sampleFilterOf(query: TSampleQuery, startedAt: Date): RunSampleFilter {
  const from = momentOf(query.from, startedAt);
  let to = momentOf(query.to, startedAt);
  if (to && query.to !== undefined && SECOND.test(query.to)) to = new Date(to.getTime() + 999);
  if (from && to && from > to) throw new BadRequestError(["to: must not be before from"]);
  return {
    step: query.step,
    kind: query.kind,
    status: query.status,
    errorKind: query.error,
    minMs: query.minMs,
    maxMs: query.maxMs,
    from,
    to,
    cursor: query.cursor === undefined ? undefined : parseSampleCursor(query.cursor),
    take: query.take,
  };
}
