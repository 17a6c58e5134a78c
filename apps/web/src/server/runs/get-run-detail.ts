import { findRunEvents, getRunById, type Db } from "@stampede/db";
import { toRunDto, toRunEventDto } from "../serialize";

/** A run (without its frozen scenario) and its events, oldest first. */
export async function getRunDetail(db: Db, runId: string) {
  const run = await getRunById(db, runId);
  const events = await findRunEvents(db, runId);
  return { run: toRunDto(run), events: events.map(toRunEventDto) };
}
