// Simulated load generators for the pipeline bench: registered generators (they heartbeat, so the controller
// places shards on them) whose BullMQ workers, instead of running the engine, append one frame per second with
// many APIs (steps) to the run's stream, straight from memory.
import type { TShardFrame, TStepFrame } from "@stampede/contracts";
import { createHistogram, encodeHistogram } from "@stampede/metrics";
import { GeneratorRegistry, JOBS, QUEUES, RunChannel, ZShardJob } from "@stampede/queue";
import { Worker } from "bullmq";
import type { Redis } from "ioredis";

/** What the simulated generators sent: requests per second index, and when each second's last frame went. */
export interface SentLog {
  requests: number;
  /** second → epoch ms when the last shard appended its frame for it. */
  lastFrameAt: Map<number, number>;
}

/** The steps of one frame: `apis` steps with a few requests each and a small real histogram. */
function stepFrames(apis: number, requestsPerApi: number): TStepFrame[] {
  const histogram = createHistogram();
  for (let i = 0; i < requestsPerApi; i++) histogram.recordValue(2000 + i * 137);
  const encoded = encodeHistogram(histogram);
  histogram.destroy();
  return Array.from({ length: apis }, (_, i) => ({
    step: `api-${String(i).padStart(3, "0")}`,
    requests: requestsPerApi,
    failures: 0,
    statusCodes: { "200": requestsPerApi },
    errors: {},
    bytesSent: 100 * requestsPerApi,
    bytesReceived: 400 * requestsPerApi,
    checksPassed: 0,
    checksFailed: 0,
    histogram: encoded,
  }));
}

/** Heartbeats one simulated generator to the registry every second until its worker closes. */
function keepRegistered(worker: Worker, registry: GeneratorRegistry, id: string) {
  const startedAt = Date.now();
  const beat = () =>
    void registry
      .heartbeat({
        id,
        name: id,
        region: "local",
        version: "bench",
        capacity: { maxVus: 1000, maxRate: 5000 },
        cpu: 0,
        memoryMb: 0,
        shards: [],
        startedAt,
        heartbeatAt: Date.now(),
      })
      .catch(() => {});
  beat();
  const timer = setInterval(beat, 1000);
  worker.once("closed", () => clearInterval(timer));
}

/**
 * Starts `count` simulated generators on `redis`/`prefix`, registered as generators. Each takes its shard job
 * from its own queue and, for each second of the run, appends its frame just after the second ends (as a real
 * generator ships it), then the shard's end.
 */
export function startSimulatedGenerators(
  redis: Redis,
  prefix: string,
  count: number,
  options: { apis: number; requestsPerApi: number; durationSeconds: number },
  sent: SentLog,
): Worker[] {
  const steps = stepFrames(options.apis, options.requestsPerApi);
  const registry = new GeneratorRegistry(redis, prefix);
  return Array.from({ length: count }, (_, i) => {
    const id = `simulated-generator-${i}`;
    const worker = new Worker(
      QUEUES.generatorShards(id),
      async (job) => {
        if (job.name !== JOBS.shardExecute) return;
        const shard = ZShardJob.parse(job.data);
        const channel = new RunChannel(redis, prefix, shard.runId);
        for (let second = 0; second < options.durationSeconds; second++) {
          const due = shard.startedAtMs + (second + 1) * 1000;
          await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
          const frame: TShardFrame = { second, vus: 1, iterations: options.apis, droppedIterations: 0, steps };
          await channel.append({ type: "frame", shardIndex: shard.shardIndex, frame });
          sent.requests += options.apis * options.requestsPerApi;
          sent.lastFrameAt.set(second, Date.now());
        }
        await channel.append({ type: "shard-end", shardIndex: shard.shardIndex, reason: "completed" });
      },
      { connection: redis.duplicate(), prefix, concurrency: 1, name: id },
    );
    keepRegistered(worker, registry, id);
    return worker;
  });
}
