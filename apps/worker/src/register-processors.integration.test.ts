import { Writable } from "node:stream";
import { createRedis } from "@stampede/queue";
import { Queue, type Worker } from "bullmq";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkerLogger } from "./logger";
import { registerProcessors } from "./register-processors";

// A queue of its own under the run's prefix: nothing here is a real run, and no other worker consumes it.
const prefix = `${process.env.STAMPEDE_REDIS_PREFIX!}:register-test`;
const lines: Array<Record<string, unknown>> = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
let redis: Redis;
let queue: Queue;
let workers: Worker[];

beforeAll(async () => {
  redis = createRedis(process.env.REDIS_URL!);
  queue = new Queue("register-test", { connection: redis, prefix });
  const logger = createWorkerLogger({ LOG_LEVEL: "info", WORKER_NAME: "register-test-worker" }, sink);
  workers = registerProcessors(
    [
      {
        queue: "register-test",
        concurrency: 1,
        async process(job) {
          await new Promise((r) => setTimeout(r, 100));
          if ((job.data as { fail?: boolean }).fail) throw new Error("the target refused");
          return "done";
        },
      },
    ],
    { connection: () => redis.duplicate(), prefix, workerName: "register-test-worker", logger },
  );
  await Promise.all(workers.map((w) => w.waitUntilReady()));
});

afterAll(async () => {
  await Promise.all((workers ?? []).map((w) => w.close()));
  await queue?.obliterate({ force: true });
  await queue?.close();
  redis?.disconnect();
});

async function lineFor(jobId: string) {
  for (let i = 0; i < 200; i++) {
    const line = lines.find((l) => l.jobId === jobId);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no log line for job ${jobId}; got ${JSON.stringify(lines)}`);
}

describe("registerProcessors", () => {
  it("writes one line per job with its queue, run, wait and processing time", async () => {
    // Delayed by 300 ms: the wait (enqueue → taken) must cover it.
    await queue.add("run.start", { runId: "run-ok" }, { jobId: "job-ok", delay: 300 });
    const line = await lineFor("job-ok");
    expect(line).toMatchObject({
      level: 30,
      worker: "register-test-worker",
      queue: "register-test",
      jobName: "run.start",
      runId: "run-ok",
      outcome: "completed",
      attempt: 1,
      msg: "job completed",
    });
    expect(line.waitMs).toBeGreaterThanOrEqual(300);
    expect(line.durationMs).toBeGreaterThanOrEqual(100);
    expect(lines.filter((l) => l.jobId === "job-ok")).toHaveLength(1);
  });

  it("logs a failed job as an error with the reason", async () => {
    await queue.add("run.start", { runId: "run-bad", fail: true }, { jobId: "job-bad" });
    const line = await lineFor("job-bad");
    expect(line).toMatchObject({ level: 50, runId: "run-bad", outcome: "failed", msg: "job failed" });
    expect((line.err as { message: string }).message).toBe("the target refused");
    expect(line.durationMs).toBeGreaterThanOrEqual(100);
  });

  it("hears a worker's errors instead of letting them end the process", () => {
    // With no "error" listener, EventEmitter.emit("error") throws.
    expect(() => workers[0]!.emit("error", new Error("connection lost"))).not.toThrow();
    expect(lines.at(-1)).toMatchObject({ level: 50, queue: "register-test", msg: "worker error" });
    expect((lines.at(-1)!.err as { message: string }).message).toBe("connection lost");
  });
});
