// `npm test`: every check and test suite against a throwaway database and Redis prefix, then cleanup.
// Suites: static (lint, format, typecheck), unit, integration, e2e. STAMPEDE_TEST_SUITES=unit,e2e picks some.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { Redis } from "ioredis";
import { DEFAULT_DATABASE_URL, dropDatabase } from "./lib/database";
import { BIN, freePort, runStep, stopAll } from "./lib/processes";
import { deleteKeysWithPrefix } from "./lib/redis-keys";
import { buildWeb, launchStack, prepareDatabase, type StackSettings, stackEnv } from "./lib/stack";

const ALL = ["static", "unit", "integration", "e2e"] as const;
const suites = new Set((process.env.STAMPEDE_TEST_SUITES ?? ALL.join(",")).split(",").map((s) => s.trim()));
const id = randomBytes(4).toString("hex");
const base = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
base.pathname = `/stampede_test_${id}`;

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8"));
  tally.passed += r.numPassedTests ?? 0;
  tally.failed += r.numFailedTests ?? 0;
  tally.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return;
  const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  tally.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  tally.failed += s.unexpected ?? 0;
  tally.skipped += s.skipped ?? 0;
}

async function main(settings: StackSettings) {
  const env: NodeJS.ProcessEnv = { ...stackEnv(settings), STAMPEDE_TEST_STACK: "1" };
  rmSync("test-results", { recursive: true, force: true });
  await prepareDatabase(settings);
  if (suites.has("static")) {
    await runStep("lint", BIN("eslint"), [".", "--max-warnings=0"], env);
    await runStep("format check", BIN("prettier"), ["--check", ".", "--log-level", "warn"], env);
    await runStep("typecheck", BIN("turbo"), ["run", "typecheck", "--output-logs=errors-only"], env);
    await runStep("typecheck (scripts, seed, e2e)", BIN("tsc"), ["-p", "tsconfig.json"], env);
  }
  const projects = ["unit", "integration"].filter((p) => suites.has(p));
  if (projects.length > 0) {
    const report = "test-results/vitest.json";
    const args = [
      "run",
      ...projects.flatMap((p) => ["--project", p]),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ];
    try {
      await runStep(`vitest (${projects.join(", ")})`, BIN("vitest"), args, env);
    } finally {
      countVitest(report);
    }
  }
  if (suites.has("e2e")) {
    await buildWeb(settings);
    const { webUrl } = await launchStack(settings);
    const report = "test-results/playwright.json";
    try {
      // STAMPEDE_E2E_GREP runs only the matching tests (Playwright's --grep), for work on one spec.
      const grep = process.env.STAMPEDE_E2E_GREP ? ["--grep", process.env.STAMPEDE_E2E_GREP] : [];
      await runStep("playwright (Chromium)", BIN("playwright"), ["test", "--reporter=list,json", ...grep], {
        ...env,
        STAMPEDE_WEB_URL: webUrl,
        DEMO_TARGET_URL: env.DEMO_TARGET_URL,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      });
    } finally {
      countPlaywright(report);
    }
  }
}

async function cleanup(settings: StackSettings) {
  await stopAll();
  await dropDatabase(settings.databaseUrl).catch((e: Error) =>
    console.error(`could not drop the test database: ${e.message}`),
  );
  const redis = new Redis(settings.redisUrl, { maxRetriesPerRequest: 1 });
  await deleteKeysWithPrefix(redis, settings.redisPrefix).catch(() => 0);
  redis.disconnect();
}

const settings: StackSettings = {
  databaseUrl: base.toString(),
  redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  redisPrefix: `{stampede-test-${id}}`,
  webPort: await freePort(),
  demoTargetPort: await freePort(),
  // The test stack's demo target issues short-lived tokens, so browser tests see tokens expire during a run.
  demoTokenTtlSeconds: 8,
  demoTokenGraceSeconds: 2,
  // Every browser test starts logged in as this admin; API tests use the key.
  init: {
    adminEmail: "admin@stampede.test",
    adminPassword: randomBytes(12).toString("base64url"),
    apiKey: `stp_${randomBytes(32).toString("base64url")}`,
  },
};
let failure: Error | undefined;
try {
  await main(settings);
} catch (error) {
  failure = error as Error;
} finally {
  await cleanup(settings);
}
const line = `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`;
if (failure) {
  console.error(`\nstampede tests: ${failure.message}`);
  console.log(`\ntests: ${line}`);
  process.exit(1);
}
console.log(`\ntests: ${line}`);
process.exit(tally.failed > 0 || tally.passed === 0 ? 1 : 0);
