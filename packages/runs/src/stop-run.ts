import type { TRunStatus } from "@stampede/contracts";
import { requestRunStop } from "@stampede/db";
import { removeQueuedRunStart } from "@stampede/queue";
import { redisTimeoutOf, runChannelOf, type RunLifecycleDeps } from "./deps";
import { withTimeout } from "./with-timeout";

/**
 * Stops a run: Postgres first (QUEUED → STOPPED at once, RUNNING → STOPPING), then Redis. The stop flag is
 * raised whatever the status was: a controller may be picking up a "QUEUED" run this very moment, and the
 * flag is what it checks. Viewers hear the new status on the live channel, since for a run stopped while
 * queued no worker ever will. `reason` (who stopped it, or the stop condition that fired) becomes the run's
 * stopReason. Returns the status after the call.
 */
export async function stopRun(deps: RunLifecycleDeps, runId: string, reason?: string): Promise<TRunStatus> {
  const status = await requestRunStop(deps.db, runId, reason);
  const channel = runChannelOf(deps, runId);
  const signalRedis = async () => {
    await channel.requestStop();
    await removeQueuedRunStart(deps.runControlQueue, runId);
    await channel.publishLive({ type: "status", status });
  };
  await withTimeout(signalRedis(), redisTimeoutOf(deps));
  return status;
}
