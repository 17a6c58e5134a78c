import { hostname } from "node:os";
import { instanceAllowlist, ZAllowlistEnvVar } from "@stampede/contracts";
import { z } from "zod";

const ZWorkerEnv = z.object({
  DATABASE_URL: z.url().default("postgresql://postgres@127.0.0.1:5432/stampede"),
  REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
  STAMPEDE_REDIS_PREFIX: z.string().min(1).default("{stampede}"),
  /** Region this process generates load from; shards are placed per region when a run names regions. */
  WORKER_REGION: z.string().min(1).default("local"),
  /** Runs one process can control at once (controllers mostly wait on Redis). */
  WORKER_CONTROLLER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(20),
  /** Set to "false" for a process that only generates load. */
  WORKER_CONTROLLER: z.enum(["true", "false"]).default("true"),
  /** Set to "false" for a process that only controls runs. */
  WORKER_GENERATOR: z.enum(["true", "false"]).default("true"),
  WORKER_NAME: z.string().min(1).default(`${hostname()}-${process.pid}`),
  /** VUs this generator accepts at once, across every shard it runs (placement books against it). */
  WORKER_MAX_VUS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  /** Iterations per second this generator accepts at once, across every shard it runs. */
  WORKER_MAX_RATE: z.coerce.number().positive().max(10_000_000).default(5000),
  /** The version a generator reports in its heartbeat; absent: the version in the root package.json. */
  STAMPEDE_VERSION: z.string().min(1).optional(),
  /** Hosts every project's runs may aim at, comma-separated; must match the console's. */
  STAMPEDE_TARGET_ALLOWLIST: ZAllowlistEnvVar,
  /** The demo target's URL: its host is allowed for every project (blank: unset). */
  DEMO_TARGET_URL: z.preprocess((v) => v || undefined, z.url().optional()),
  /** The SMTP server e-mail notification channels go through (`smtp://` or `smtps://`, credentials inside). */
  STAMPEDE_SMTP_URL: z.preprocess((v) => v || undefined, z.url({ protocol: /^smtps?$/ }).optional()),
  /** The sender of notification e-mail. */
  STAMPEDE_SMTP_FROM: z.string().min(3).default("Stampede <stampede@localhost>"),
  /** First retry wait of a failed notification (doubling per attempt); tests shorten it. */
  STAMPEDE_NOTIFY_BACKOFF_MS: z.coerce.number().int().min(1).max(3_600_000).default(2000),
  /** How much the worker logs (JSON lines): one line per job at "info"; "warn" keeps only trouble. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type WorkerEnv = z.infer<typeof ZWorkerEnv>;

/** The target allowlist entries every project has (loopback, the demo target, STAMPEDE_TARGET_ALLOWLIST). */
export function instanceAllowlistOf(env: WorkerEnv): string[] {
  return instanceAllowlist({ operatorEntries: env.STAMPEDE_TARGET_ALLOWLIST, demoTargetUrl: env.DEMO_TARGET_URL });
}

/** Parses the environment once at boot; a bad value ends the process with a message naming it. */
export function parseWorkerEnv(env: NodeJS.ProcessEnv = process.env): WorkerEnv {
  const result = ZWorkerEnv.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid worker environment:\n${lines.join("\n")}`);
}
