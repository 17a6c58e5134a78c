import { type Job, Worker, type WorkerOptions } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";

/** One queue this process consumes: how many jobs at once, and the work for one job (which parses job.data). */
export interface ProcessorRegistration {
  queue: string;
  concurrency: number;
  process(job: Job<unknown>): Promise<unknown>;
  /** Lock and stall settings for this queue (e.g. a short lock, so a dead controller's run is resumed soon). */
  options?: Pick<WorkerOptions, "lockDuration" | "stalledInterval" | "maxStalledCount">;
  /**
   * Log level of a completed job's line: "debug" for routine housekeeping that fires every few seconds (the
   * reconciler), so "info" logs stay about runs. Failures are always errors.
   */
  completedLevel?: "info" | "debug";
}

/** What every BullMQ worker of the process shares. */
export interface RegisterOptions {
  /** A connection of its own per worker: a worker blocks on it while it waits for jobs. */
  connection: () => Redis;
  prefix: string;
  workerName: string;
  logger: Logger;
  /** The clock for a failed attempt's duration, which BullMQ leaves unstamped when it will retry the job. */
  now?: () => number;
}

/** The fields of the one log line written per job attempt. */
export interface JobLogFields {
  jobName: string;
  jobId: string | undefined;
  runId: string | undefined;
  /** From enqueue to a worker taking it (processedOn − timestamp): long waits mean too few workers. */
  waitMs: number | undefined;
  durationMs: number | undefined;
  /** Which attempt this was, from 1 (BullMQ counts it once the attempt has ended). */
  attempt: number;
  outcome: "completed" | "failed";
}

/**
 * Creates every BullMQ Worker of this process, each with the same handlers: one structured log line per job
 * (wait and processing time, outcome), worker errors logged instead of left unheard, stalls reported.
 */
export function registerProcessors(registrations: ProcessorRegistration[], options: RegisterOptions): Worker[] {
  const now = options.now ?? Date.now;
  return registrations.map(({ queue, concurrency, process, options: workerOptions, completedLevel = "info" }) => {
    const worker = new Worker<unknown>(queue, process, {
      ...workerOptions,
      connection: options.connection(),
      prefix: options.prefix,
      concurrency,
      name: options.workerName,
    });
    const log = options.logger.child({ queue });
    worker.on("completed", (job) => log[completedLevel](jobLogFields(job, "completed", now()), "job completed"));
    worker.on("failed", (job, err) => {
      // No job: BullMQ could not even read it back (e.g. removed meanwhile); the error is all there is.
      if (!job) log.error({ outcome: "failed", err }, "job failed");
      else log.error({ ...jobLogFields(job, "failed", now()), err }, "job failed");
    });
    // A Worker is an EventEmitter: an "error" nobody listens to would end the process.
    worker.on("error", (err) => log.error({ err }, "worker error"));
    worker.on("stalled", (jobId) =>
      log.warn({ jobId }, "job stalled: its worker stopped renewing the lock, so BullMQ hands the job out again"),
    );
    return worker;
  });
}

/** Reads a job's timings as BullMQ stamped them (timestamp → processedOn → finishedOn). */
export function jobLogFields(
  job: Pick<Job<unknown>, "name" | "id" | "data" | "timestamp" | "processedOn" | "finishedOn" | "attemptsMade">,
  outcome: JobLogFields["outcome"],
  now: number,
): JobLogFields {
  const processedOn = job.processedOn ?? undefined;
  return {
    jobName: job.name,
    jobId: job.id,
    runId: runIdOf(job.data),
    waitMs: processedOn === undefined ? undefined : processedOn - job.timestamp,
    durationMs: processedOn === undefined ? undefined : (job.finishedOn ?? now) - processedOn,
    attempt: job.attemptsMade,
    outcome,
  };
}

function runIdOf(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null || !("runId" in data)) return undefined;
  return typeof data.runId === "string" ? data.runId : undefined;
}
