import type { findRunEvents, getRunById } from "@stampede/db";

type RunRow = Awaited<ReturnType<typeof getRunById>>;
type RunEventRow = Awaited<ReturnType<typeof findRunEvents>>[number];

/** A run as clients see it: without the frozen scenario (large; GET /scenarios/:id has the scenario). */
export function toRunDto(run: Omit<RunRow, "scenarioSnapshot"> & { scenarioSnapshot?: unknown }) {
  const { scenarioSnapshot: _snapshot, ...rest } = run;
  return rest;
}
/** The public shape of a run. */
export type TRunDto = ReturnType<typeof toRunDto>;

/** Event ids are BigInt in Postgres, which JSON cannot carry; clients get a string. */
export function toRunEventDto(event: RunEventRow) {
  return { id: event.id.toString(), at: event.at, kind: event.kind, message: event.message, data: event.data };
}
/** The public shape of a run event. */
export type TRunEventDto = ReturnType<typeof toRunEventDto>;
