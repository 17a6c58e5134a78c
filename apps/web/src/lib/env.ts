import { instanceAllowlist, ZAllowlistEnvVar } from "@stampede/contracts";
import { z } from "zod";

const ZWebEnv = z.object({
  DATABASE_URL: z.url().default("postgresql://postgres@127.0.0.1:5432/stampede"),
  REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
  /** Must match the worker's prefix (with its hash tag), or runs are enqueued where no one listens. */
  STAMPEDE_REDIS_PREFIX: z.string().min(1).default("{stampede}"),
  /** Hosts every project's runs may aim at, comma-separated (`*.staging.example.com,10.0.0.0/8`). */
  STAMPEDE_TARGET_ALLOWLIST: ZAllowlistEnvVar,
  /** The demo target's URL: its host is allowed for every project. */
  DEMO_TARGET_URL: z.url().optional(),
  /** Where the console keeps files it generates on first start (the auth secret). */
  STAMPEDE_DATA_DIR: z.string().min(1).default(".stampede"),
  /** Signs session cookies; generated into STAMPEDE_DATA_DIR when unset. Set it when several consoles share users. */
  STAMPEDE_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The console's public URL, when it is served behind a proxy under another name. */
  STAMPEDE_PUBLIC_URL: z.url().optional(),
});
/** The web process's settings, parsed from the environment. */
export type TWebEnv = z.infer<typeof ZWebEnv>;

let cached: TWebEnv | undefined;

/**
 * Parsed on first use, not at import: `next build` loads route modules without Postgres or Redis
 * configured, and must not fail for it. A bad value fails the first request with a clear message.
 */
export function getEnv(): TWebEnv {
  if (cached) return cached;
  // `FOO=` in a shell or a compose file means "not set", not an empty URL.
  const present = Object.fromEntries(
    Object.keys(ZWebEnv.shape).map((name) => [name, process.env[name]?.trim() || undefined]),
  );
  const parsed = ZWebEnv.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment for the Stampede web console:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** The target allowlist entries every project has (loopback, the demo target, STAMPEDE_TARGET_ALLOWLIST). */
export function getInstanceAllowlist(): string[] {
  const env = getEnv();
  return instanceAllowlist({ operatorEntries: env.STAMPEDE_TARGET_ALLOWLIST, demoTargetUrl: env.DEMO_TARGET_URL });
}
