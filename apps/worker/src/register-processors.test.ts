import { describe, expect, it } from "vitest";
import { jobLogFields } from "./register-processors";

const job = {
  name: "shard.execute",
  id: "run1-0",
  data: { runId: "run1", shardIndex: 0 },
  timestamp: 1_000,
  processedOn: 1_250,
  finishedOn: 4_250,
  attemptsMade: 1,
};

describe("jobLogFields", () => {
  it("reads wait (enqueue → taken) and processing (taken → finished) time from BullMQ's stamps", () => {
    expect(jobLogFields(job, "completed", 9_999)).toEqual({
      jobName: "shard.execute",
      jobId: "run1-0",
      runId: "run1",
      waitMs: 250,
      durationMs: 3_000,
      attempt: 1,
      outcome: "completed",
    });
  });

  it("ends a failed attempt that BullMQ will retry (no finishedOn) at the clock's now", () => {
    const fields = jobLogFields({ ...job, finishedOn: undefined, attemptsMade: 2 }, "failed", 2_000);
    expect(fields).toMatchObject({ durationMs: 750, attempt: 2, outcome: "failed" });
  });

  it("leaves out what the job does not have: no run id, never taken", () => {
    const fields = jobLogFields({ ...job, data: { other: 1 }, processedOn: undefined }, "failed", 2_000);
    expect(fields).toMatchObject({ runId: undefined, waitMs: undefined, durationMs: undefined });
  });
});
