// The pieces `npm start` and `npm test` share: preparing the database and launching the stack.
import { resolve } from "node:path";
import { checkRedis } from "@stampede/queue";
import { ensureDatabase } from "./database";
import { BIN, type Managed, runStep, startProcess, waitForHttp } from "./processes";

export interface StackSettings {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  webPort: number;
  demoTargetPort: number;
  /** Overrides the demo target's token lifetime (the test stack makes tokens expire mid-run). */
  demoTokenTtlSeconds?: number;
  demoTokenGraceSeconds?: number;
  /** The admin and API key the console creates at start (STAMPEDE_INIT_*), so nobody is locked out. */
  init?: { adminEmail: string; adminPassword: string; apiKey?: string };
}

/** Where the console and the worker keep files they generate (the session secret, the secrets key). */
export const DATA_DIR = resolve(".stampede");

export function stackEnv(s: StackSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: s.databaseUrl,
    REDIS_URL: s.redisUrl,
    STAMPEDE_REDIS_PREFIX: s.redisPrefix,
    DEMO_TARGET_PORT: String(s.demoTargetPort),
    DEMO_TARGET_URL: `http://127.0.0.1:${s.demoTargetPort}`,
    ...(s.demoTokenTtlSeconds ? { DEMO_TOKEN_TTL_SECONDS: String(s.demoTokenTtlSeconds) } : {}),
    ...(s.demoTokenGraceSeconds ? { DEMO_TOKEN_GRACE_SECONDS: String(s.demoTokenGraceSeconds) } : {}),
    STAMPEDE_DATA_DIR: process.env.STAMPEDE_DATA_DIR ?? DATA_DIR,
    ...(s.init
      ? {
          STAMPEDE_INIT_ADMIN_EMAIL: s.init.adminEmail,
          STAMPEDE_INIT_ADMIN_PASSWORD: s.init.adminPassword,
          ...(s.init.apiKey ? { STAMPEDE_INIT_API_KEY: s.init.apiKey } : {}),
        }
      : {}),
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
  };
}

/** Checks both services, creates the database if missing, generates the client and applies migrations. */
export async function prepareDatabase(s: StackSettings): Promise<void> {
  await checkRedis(s.redisUrl);
  const created = await ensureDatabase(s.databaseUrl);
  if (created === "created") console.log(`created database ${new URL(s.databaseUrl).pathname.slice(1)}`);
  const env = stackEnv(s);
  await runStep("prisma generate", BIN("prisma"), ["generate"], env);
  await runStep("prisma migrate deploy", BIN("prisma"), ["migrate", "deploy"], env);
}

export async function buildWeb(s: StackSettings): Promise<void> {
  await runStep("next build (console)", "../../node_modules/.bin/next", ["build"], stackEnv(s), "apps/web");
}

/** Starts the demo target and waits until it answers. */
export async function startDemoTarget(s: StackSettings): Promise<Managed> {
  const demo = startProcess("demo", BIN("tsx"), ["apps/demo-target/src/main.ts"], stackEnv(s));
  await waitForHttp("demo target", `http://127.0.0.1:${s.demoTargetPort}/hello`, 30_000, demo);
  return demo;
}

/** Starts the built console (`next start`) and waits until its API answers. */
export async function startConsole(s: StackSettings): Promise<{ web: Managed; webUrl: string }> {
  const web = startProcess(
    "web",
    "../../node_modules/.bin/next",
    ["start", "-H", "127.0.0.1", "-p", String(s.webPort)],
    stackEnv(s),
    "apps/web",
  );
  const webUrl = `http://127.0.0.1:${s.webPort}`;
  await waitForHttp("console", `${webUrl}/api/v1/health`, 60_000, web);
  return { web, webUrl };
}

/** Starts the demo target, seeds the demo scenario against it, then the worker and the console. */
export async function launchStack(s: StackSettings): Promise<{ webUrl: string; processes: Managed[] }> {
  const env = stackEnv(s);
  const demo = await startDemoTarget(s);
  await runStep("seed the demo scenario", BIN("tsx"), ["prisma/seed.ts"], env);
  const worker = startProcess("worker", BIN("tsx"), ["apps/worker/src/main.ts"], env);
  const { web, webUrl } = await startConsole(s);
  return { webUrl, processes: [demo, worker, web] };
}
