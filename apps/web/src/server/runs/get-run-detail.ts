import { findRunEvents, findRunShards, getRunById, type Db } from "@stampede/db";
import { toRunDto, toRunEventDto } from "../serialize";
import { shardBreakdown } from "./shard-breakdown";

/** A run (without its frozen scenario), its events, oldest first, and its load per region and per generator. */
export async function getRunDetail(db: Db, runId: string) {
  const run = await getRunById(db, runId);
  const events = await findRunEvents(db, runId);
  const shards = shardBreakdown(await findRunShards(db, runId));
  return { run: toRunDto(run), events: events.map(toRunEventDto), shards };
}
