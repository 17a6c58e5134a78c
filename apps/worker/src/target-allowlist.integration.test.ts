import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type TRunSummary, type TScenarioSpecInput, ZScenarioSpec } from "@stampede/contracts";
import {
  createPrismaClient,
  createScenario,
  findRunSamples,
  type PrismaClient,
  setProjectAllowlist,
} from "@stampede/db";
import { createRedis } from "@stampede/queue";
import { RunInputError, startRun } from "@stampede/runs";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorkerEnv } from "./env";
import { type RunningWorker, startWorker } from "./start-worker";
import { waitForStatus, withLifecycle } from "./test-support";

// The outside host is a name that resolves nowhere: if it were ever sent, nothing would answer it either.
const OUTSIDE = "http://blocked.invalid";
const env = parseWorkerEnv({ ...process.env, WORKER_NAME: "allowlist-worker", STAMPEDE_TARGET_ALLOWLIST: "" });
let db: PrismaClient;
let redis: Redis;
let worker: RunningWorker;
let server: Server;
let targetUrl: string;
let served = 0;
const projectId = `allowlist-it-${Date.now()}`;

beforeAll(async () => {
  db = createPrismaClient(env.DATABASE_URL);
  redis = createRedis(env.REDIS_URL);
  await db.project.create({ data: { id: projectId, name: "allowlist proof" } });
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      served++;
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  targetUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  worker = await startWorker(env, () => {});
});

afterAll(async () => {
  await worker?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  redis?.disconnect();
  await db?.$disconnect();
});

async function scenarioOf(spec: TScenarioSpecInput) {
  // Written straight to the database, as one saved before its project's allowlist lost an entry.
  return createScenario(db, { name: `allowlist ${Date.now()}`, spec: ZScenarioSpec.parse(spec), projectId });
}

const start = (scenarioId: string) =>
  withLifecycle(db, redis, env.STAMPEDE_REDIS_PREFIX, (deps) =>
    startRun(deps, { scenarioId, load: { vus: 2, durationSeconds: 2 }, trigger: "API" }),
  );

describe("the target allowlist", () => {
  it("refuses to start a run whose scenario aims outside, naming the URL by its field path; no run is written", async () => {
    const scenario = await scenarioOf({
      globals: [{ name: "base", value: OUTSIDE }],
      flows: [
        {
          name: "f",
          steps: [
            { type: "http", name: "ok", url: `${targetUrl}/ok` },
            { type: "http", name: "away", url: "${base}/steal" },
          ],
        },
      ],
    });
    const refused = await start(scenario.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RunInputError);
    expect((refused as RunInputError).issues).toEqual([
      "scenario.spec.flows.0.steps.1.url: host blocked.invalid is not in this project's target allowlist",
    ]);
    expect(await db.run.count({ where: { scenarioId: scenario.id } })).toBe(0);
  });

  it("a project entry lets the run start", async () => {
    await setProjectAllowlist(db, projectId, ["blocked.invalid"]);
    const scenario = await scenarioOf({
      flows: [
        {
          name: "f",
          steps: [
            { type: "http", name: "away", url: `${OUTSIDE}/x`, enabled: false },
            { type: "http", name: "ok", url: `${targetUrl}/ok` },
          ],
        },
      ],
    });
    const run = await start(scenario.id);
    await waitForStatus(db, run.id, (s) => s === "FINISHED", 30_000);
    await setProjectAllowlist(db, projectId, []);
  });

  it("a host rendered at run time outside the allowlist: blocked_target counted, never sent", async () => {
    // A data instruction sets the host: nothing before the run can know it.
    const scenario = await scenarioOf({
      flows: [
        {
          name: "f",
          steps: [
            { type: "http", name: "ok", url: `${targetUrl}/ok` },
            { type: "data", assignments: [{ name: "base", value: OUTSIDE }] },
            { type: "http", name: "away", url: "${base}/steal" },
            { type: "http", name: "after", url: `${targetUrl}/after` },
          ],
        },
      ],
    });
    served = 0;
    const run = await start(scenario.id);
    const done = await waitForStatus(db, run.id, (s) => s === "FINISHED", 30_000);
    const summary = done.summary as TRunSummary;
    const step = (name: string) => summary.steps.find((s) => s.step === name);
    expect(step("ok")!.requests).toBeGreaterThan(0);
    expect(step("away")).toMatchObject({ requests: 0, failures: 0 });
    expect(step("away")!.errors.blocked_target).toBeGreaterThan(0);
    expect(step("after")).toBeUndefined(); // the iteration stops at the blocked step
    // Every request the target got is one of "ok": the blocked step sent nothing anywhere.
    expect(served).toBe(step("ok")!.requests);
    const [sample] = await findRunSamples(db, run.id, { step: "away" });
    expect(sample!.error).toBe("blocked_target: host blocked.invalid is not in the target allowlist");
  });
});
