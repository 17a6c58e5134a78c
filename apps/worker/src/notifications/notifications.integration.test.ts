import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { demoScenarioSpec, ZScenarioSpec, type TNotificationPayload, type TRunSummary } from "@stampede/contracts";
import { createChannel, createPrismaClient, createScenario, getSecretKey, type PrismaClient } from "@stampede/db";
import { createNotificationQueue, createRedis, QUEUES, ZNotifyJob } from "@stampede/queue";
import type { Worker } from "bullmq";
import type { Redis } from "ioredis";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerProcessors } from "../register-processors";
import { notifyRunEnded, type NotifyDeps } from "./notify";
import { sendDelivery } from "./send-delivery";
import { verifyWebhook } from "./sign";

// A queue prefix of its own: only this file's processor consumes these notifications.
const prefix = `${process.env.STAMPEDE_REDIS_PREFIX!}:notify-test`;
const SECRET = "integration-signing-secret";

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
/** Per path: how many requests to refuse with 500 before answering 200. */
const failFirst = new Map<string, number>();

let server: Server;
let base: string;
let db: PrismaClient;
let redis: Redis;
let workers: Worker[];
let deps: NotifyDeps;

function summary(p95: number, requests = 1000): TRunSummary {
  const latency = { min: 1, mean: p95 / 2, p50: p95 / 2, p90: p95 * 0.9, p95, p99: p95 * 1.5, max: p95 * 2 };
  return {
    durationSeconds: 10,
    requests,
    failures: 10,
    iterations: requests,
    droppedIterations: 0,
    rps: requests / 10,
    generatorBound: false,
    latency,
    steps: [
      {
        step: "get",
        requests,
        failures: 10,
        statusCodes: { "200": requests - 10 },
        errors: {},
        bytesSent: 0,
        bytesReceived: 0,
        checksPassed: 0,
        checksFailed: 0,
        latency,
      },
    ],
  };
}

async function endedRun(projectId: string, scenarioId: string, p95: number) {
  const run = await db.run.create({
    data: {
      projectId,
      scenarioId,
      scenarioSnapshot: {},
      scenarioName: "notify it",
      load: {},
      status: "FINISHED",
      endedAt: new Date(),
      summary: summary(p95) as object,
    },
  });
  return run.id;
}

async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString() });
      const left = failFirst.get(path) ?? 0;
      if (left > 0) failFirst.set(path, left - 1);
      res.writeHead(left > 0 ? 500 : 200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  db = createPrismaClient(process.env.DATABASE_URL!);
  redis = createRedis(process.env.REDIS_URL!);
  const queue = createNotificationQueue(redis, prefix);
  deps = { db, queue, backoffMs: 50 };
  workers = registerProcessors(
    [
      {
        queue: QUEUES.notifications,
        concurrency: 2,
        process: (job) =>
          sendDelivery(ZNotifyJob.parse(job.data).deliveryId, {
            db,
            key: getSecretKey(() => undefined),
            final: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
          }),
      },
    ],
    { connection: () => redis.duplicate(), prefix, workerName: "notify-test", logger: pino({ level: "silent" }) },
  );
  await Promise.all(workers.map((w) => w.waitUntilReady()));
});

afterAll(async () => {
  await Promise.all((workers ?? []).map((w) => w.close()));
  await deps?.queue.obliterate({ force: true });
  await deps?.queue.close();
  redis?.disconnect();
  await db?.$disconnect();
  await new Promise((r) => server?.close(r));
});

describe("notifications", () => {
  it("signs a webhook, retries a failing receiver, and reports a regression against the baseline", async () => {
    const project = await db.project.create({ data: { name: `notify it ${Date.now()}` } });
    const scenario = await createScenario(db, {
      projectId: project.id,
      name: "notify it",
      spec: ZScenarioSpec.parse(demoScenarioSpec(base)),
    });
    const key = getSecretKey(() => undefined);
    const hook = await createChannel(
      db,
      project.id,
      { type: "webhook", name: "hook", url: `${base}/hook`, secret: SECRET },
      key,
    );
    expect(hook.hasSecret).toBe(true);
    const chat = await createChannel(
      db,
      project.id,
      {
        type: "slack",
        name: "flaky chat",
        url: `${base}/flaky`,
        subscriptions: [{ events: ["run.regression"], scenarioId: scenario.id }],
      },
      key,
    );
    failFirst.set("/flaky", 2);

    const baselineId = await endedRun(project.id, scenario.id, 100);
    await db.scenario.update({ where: { id: scenario.id }, data: { baselineRunId: baselineId } });
    const slowerId = await endedRun(project.id, scenario.id, 200);
    const schedule = await db.schedule.create({
      data: { projectId: project.id, scenarioId: scenario.id, name: "nightly", cron: "0 2 * * *", createdBy: "it" },
    });
    await db.run.update({ where: { id: slowerId }, data: { scheduleId: schedule.id, trigger: "SCHEDULE" } });
    const fire = await db.scheduleFire.create({
      data: { scheduleId: schedule.id, dueAt: new Date(), outcome: "started", runId: slowerId },
    });
    const ids = await notifyRunEnded(deps, slowerId);
    // The webhook (every run event) gets run.finished and run.regression; the chat only run.regression.
    expect(ids).toHaveLength(3);

    const hookCall = await waitFor("the webhook", async () =>
      received.find((r) => r.path === "/hook" && r.headers["x-stampede-event"] === "run.finished"),
    );
    const timestamp = String(hookCall.headers["x-stampede-timestamp"]);
    const signature = String(hookCall.headers["x-stampede-signature"]);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhook(SECRET, timestamp, hookCall.body, signature)).toBe(true);
    expect(verifyWebhook("another secret", timestamp, hookCall.body, signature)).toBe(false);
    const payload = JSON.parse(hookCall.body) as TNotificationPayload;
    expect(payload.event).toBe("run.finished");
    expect(payload.run?.link).toBe(`/runs/${slowerId}`);
    expect(payload.run?.figures.p95Ms).toBe(200);
    expect(payload.run?.comparison).toMatchObject({ baselineRunId: baselineId, regression: true });
    expect(payload.run?.comparison?.regressions).toContain("p95");
    expect((await db.scheduleFire.findUnique({ where: { id: fire.id } }))?.regression).toBe(true);

    const flaky = await waitFor("the chat delivery", async () => {
      const row = await db.notificationDelivery.findFirst({ where: { id: { in: ids }, channelId: chat.id } });
      return row?.status === "delivered" ? row : undefined;
    });
    expect(flaky.attempts).toBe(3);
    expect(flaky.lastStatus).toBe(200);
    const chatCalls = received.filter((r) => r.path === "/flaky");
    expect(chatCalls).toHaveLength(3);
    expect(JSON.parse(chatCalls[2]!.body).text).toContain("regressed against its baseline");
  });

  it("marks a delivery failed after its last attempt", async () => {
    const project = await db.project.create({ data: { name: `notify it fail ${Date.now()}` } });
    const scenario = await createScenario(db, {
      projectId: project.id,
      name: "notify it fail",
      spec: ZScenarioSpec.parse(demoScenarioSpec(base)),
    });
    await createChannel(
      db,
      project.id,
      { type: "dingtalk", name: "down", url: `${base}/down` },
      getSecretKey(() => undefined),
    );
    failFirst.set("/down", 100);
    const runId = await endedRun(project.id, scenario.id, 100);
    const [id] = await notifyRunEnded(deps, runId);
    const row = await waitFor("the failed delivery", async () => {
      const r = await db.notificationDelivery.findUnique({ where: { id: id! } });
      return r?.status === "failed" ? r : undefined;
    });
    expect(row.attempts).toBe(5);
    expect(row.lastStatus).toBe(500);
    expect(row.lastError).toContain("HTTP 500");
    const body = JSON.parse(received.find((r) => r.path === "/down")!.body);
    expect(body.msgtype).toBe("markdown");
  });
});
