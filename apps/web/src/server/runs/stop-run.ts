import type { TRunStatus } from "@stampede/contracts";
import { requestRunStop, type Db } from "@stampede/db";
import { removeQueuedRunStart, type RunChannel } from "@stampede/queue";
import type { getRunControlQueue } from "@/lib/redis";
import { REDIS_TIMEOUT_MS, withTimeout } from "../with-timeout";

/**
 * Stops a run: Postgres first (QUEUED → STOPPED at once, RUNNING → STOPPING), then Redis. The stop flag is
 * raised whatever the status was: a controller may be picking up a "QUEUED" run this very moment, and the
 * flag is what it checks. Viewers hear the new status on the live channel, since for a run stopped while
 * queued no worker ever will.
 */
export async function stopRun(
  db: Db,
  queue: ReturnType<typeof getRunControlQueue>,
  channel: RunChannel,
): Promise<TRunStatus> {
  const status = await requestRunStop(db, channel.runId);
  const signalRedis = async () => {
    await channel.requestStop();
    await removeQueuedRunStart(queue, channel.runId);
    await channel.publishLive({ type: "status", status });
  };
  await withTimeout(signalRedis(), REDIS_TIMEOUT_MS);
  return status;
}
