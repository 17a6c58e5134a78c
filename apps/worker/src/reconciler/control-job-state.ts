import type { RunControlQueue } from "@stampede/runs";
import type { ControlJobState } from "./decide-repairs";

/** Where a run's control job (jobId = run id) stands in BullMQ, or "missing" when Redis has no such job. */
export async function controlJobStateOf(queue: RunControlQueue, runId: string): Promise<ControlJobState> {
  const job = await queue.getJob(runId);
  if (!job) return "missing";
  const state = await job.getState();
  if (state === "unknown") return "missing";
  // A parent waiting for its children is still going to run: as good as waiting.
  if (state === "waiting-children") return "waiting";
  return state;
}
