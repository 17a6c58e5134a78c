import { z } from "zod";
import { resolveOptions, type DemoTargetOptions } from "./options";

/** A bad environment variable, already phrased as the one line a person reads. */
export class DemoTargetConfigError extends Error {
  override readonly name = "DemoTargetConfigError";
}

function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, `must be a whole number between ${min} and ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number between ${min} and ${max}`);
}

const ZDemoTargetEnv = z.object({
  DEMO_TARGET_PORT: wholeNumber(0, 65535).optional(),
  DEMO_TARGET_HOST: z.string().optional(),
  DEMO_TOKEN_TTL_SECONDS: wholeNumber(1, 31_536_000).optional(),
  DEMO_TOKEN_GRACE_SECONDS: wholeNumber(0, 31_536_000).optional(),
  DEMO_APPID: z.string().optional(),
  DEMO_SECRET: z.string().optional(),
  DEMO_LATENCY_MS: wholeNumber(0, 600_000).optional(),
});
type EnvName = keyof z.infer<typeof ZDemoTargetEnv>;
const ENV_NAMES = Object.keys(ZDemoTargetEnv.shape) as EnvName[];

/** Reads the demo target's settings from the environment; throws DemoTargetConfigError on a bad value. */
export function parseDemoTargetEnv(env: NodeJS.ProcessEnv): DemoTargetOptions {
  // `FOO=` in a shell or compose file means "not set", not zero.
  const present = Object.fromEntries(
    ENV_NAMES.map((name) => [name, env[name]?.trim() || undefined]).filter(([, value]) => value !== undefined),
  );
  const parsed = ZDemoTargetEnv.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name} ${issue.message} (got "${present[name]}")`;
    });
    throw new DemoTargetConfigError(`demo-target: bad environment: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const defaults = resolveOptions();
  const [defaultApp] = defaults.apps;
  return resolveOptions({
    port: e.DEMO_TARGET_PORT,
    host: e.DEMO_TARGET_HOST,
    tokenTtlSeconds: e.DEMO_TOKEN_TTL_SECONDS,
    graceSeconds: e.DEMO_TOKEN_GRACE_SECONDS,
    latencyMs: e.DEMO_LATENCY_MS,
    apps: [{ appid: e.DEMO_APPID ?? defaultApp!.appid, secret: e.DEMO_SECRET ?? defaultApp!.secret }],
  });
}

/** Boot-time variant: a bad value stops the process with one line on stderr and no stack trace. */
export function loadDemoTargetConfig(env: NodeJS.ProcessEnv = process.env): DemoTargetOptions {
  try {
    return parseDemoTargetEnv(env);
  } catch (error) {
    if (!(error instanceof DemoTargetConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
