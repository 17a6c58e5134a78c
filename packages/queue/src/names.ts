import { z } from "zod";

/** Queues (kebab-case) and job names (dot-namespaced); producer and consumer import these. */
export const QUEUES = {
  runControl: "run-control",
  /** @deprecated The shared shard queue, until every generator consumes its own (`generatorShards`). */
  loadShard: "load-shard",
  /** One generator's own shard queue: the controller places a shard on a generator by enqueueing it here. */
  generatorShards: (generatorId: string) => `load-shard-${generatorId}`,
  /** Housekeeping every worker consumes: the reconciler's pass, fired by one job scheduler. */
  maintenance: "maintenance",
  /** Notifications to channels (webhooks, chat robots, e-mail), one job per delivery. */
  notifications: "notifications",
  /** Schedule fires: one BullMQ job scheduler per enabled schedule adds a job at each due time. */
  schedules: "schedules",
} as const;

export const JOBS = {
  runStart: "run.start",
  shardExecute: "shard.execute",
  reconcile: "maintenance.reconcile",
  notify: "notification.send",
  scheduleFire: "schedule.fire",
} as const;

/** Sends one NotificationDelivery (the row holds the channel and payload). */
export const ZNotifyJob = z.object({ deliveryId: z.string().min(1) });
export type TNotifyJob = z.infer<typeof ZNotifyJob>;

/** Starts the controller of one run. The jobId is the run id, so enqueueing twice is harmless. */
export const ZRunStartJob = z.object({ runId: z.string().min(1) });
export type TRunStartJob = z.infer<typeof ZRunStartJob>;

/** Runs one shard of a run's load. Payloads carry ids; the generator re-reads the run from Postgres. */
export const ZShardJob = z.object({
  runId: z.string().min(1),
  shardIndex: z.number().int().nonnegative(),
  shardCount: z.number().int().positive(),
  /** The plan's VUs per shard (adding up to max VUs); absent on jobs queued before weighted plans: even split. */
  weights: z.array(z.number().int().nonnegative()).optional(),
  /** The shard's lease generation: 0, then +1 at each reassignment. Absent: 0. */
  generation: z.number().int().nonnegative().optional(),
  /** Epoch ms every shard counts its seconds from, so frames of one second line up across machines. */
  startedAtMs: z.number().int(),
});
export type TShardJob = z.infer<typeof ZShardJob>;

/** One fire of a schedule; dueAt (epoch ms) is set on one-off jobs, read from the job id for scheduler jobs. */
export const ZScheduleFireJob = z.object({ scheduleId: z.string().min(1), dueAt: z.number().int().optional() });
export type TScheduleFireJob = z.infer<typeof ZScheduleFireJob>;
