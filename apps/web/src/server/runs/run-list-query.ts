import { RUN_STATUSES, RUN_TRIGGERS } from "@stampede/contracts";
import type { RunFilter } from "@stampede/db";
import { z } from "zod";

/** A day as YYYY-MM-DD; Date accepts 2026-02-31 (as 3 March), so the day must read back the same. */
const day = z.string().superRefine((v, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return ctx.addIssue({ code: "custom", message: "a date as YYYY-MM-DD" });
  const d = new Date(`${v}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    ctx.addIssue({ code: "custom", message: "not a calendar date" });
  }
});

/**
 * The run list's filters, as the URL of the Runs page and `GET /api/v1/runs` carry them: `scenarioId`,
 * `status`, `trigger`, and `from`/`to` days (UTC, both included). Empty values mean "any".
 */
export const ZRunListQuery = z.object({
  scenarioId: z.string().min(1).max(100).optional(),
  status: z.enum(RUN_STATUSES).optional(),
  trigger: z.enum(RUN_TRIGGERS).optional(),
  from: day.optional(),
  to: day.optional(),
});
export type TRunListQuery = z.infer<typeof ZRunListQuery>;

/** Parses the filters of a URL's query; empty parameters are dropped first, so `?status=` means any. */
export function parseRunListQuery(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const present = entries.filter(([, v]) => typeof v === "string" && v !== "") as [string, string][];
  const known = Object.keys(ZRunListQuery.shape);
  return ZRunListQuery.parse(Object.fromEntries(present.filter(([k]) => known.includes(k))));
}

/** The filters as findRuns takes them: `to` includes its whole day. */
export function toRunFilter(query: TRunListQuery): Omit<RunFilter, "projectId" | "take"> {
  return {
    scenarioId: query.scenarioId,
    status: query.status,
    trigger: query.trigger,
    createdFrom: query.from ? new Date(`${query.from}T00:00:00.000Z`) : undefined,
    createdTo: query.to ? new Date(`${query.to}T23:59:59.999Z`) : undefined,
  };
}
