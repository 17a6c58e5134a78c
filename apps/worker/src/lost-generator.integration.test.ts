import { isTerminalRunStatus, type TRunSummary } from "@stampede/contracts";
import { findRunSeconds, findRunShards } from "@stampede/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRun, waitForStatus } from "./test-support";
import {
  BUSINESS_ROUTE,
  browseScenario,
  filePrefix,
  sleepUntil,
  waitForEvent,
  waitForRunningShards,
} from "./test-support/proof-runs";
import { type GeneratorFleet, startGeneratorFleet } from "./test-support/generator-fleet";

// Three generator processes and a controller; one generator is killed (kill -9) 5 s into a 30 VU, 20 s run.
const VUS = 30;
const DURATION_S = 20;
const KILL_AT_MS = 5_000;
const prefix = filePrefix("lost-generator");
let fleet: GeneratorFleet;

beforeAll(async () => {
  fleet = await startGeneratorFleet(prefix, ["lost-gen-a", "lost-gen-b", "lost-gen-c"]);
}, 90_000);

afterAll(async () => {
  await fleet?.close();
});

describe("a generator killed mid-run", () => {
  it("is reported lost within seconds, its shard is reassigned, and the totals are the target's count less its last second", async () => {
    const { db, redis, target } = fleet;
    target.resetStats();
    const runId = await startRun(db, redis, prefix, browseScenario(target.url), {
      vus: VUS,
      durationSeconds: DURATION_S,
      generators: 3,
    });
    const running = await waitForStatus(db, runId, (s) => s === "RUNNING", 20_000);
    const startedAtMs = running.startedAt!.getTime();
    const shards = await waitForRunningShards(db, runId, 15_000);
    expect(shards.map((s) => s.generatorId).sort()).toEqual(["lost-gen-a", "lost-gen-b", "lost-gen-c"]);

    await sleepUntil(startedAtMs + KILL_AT_MS);
    const victim = fleet.generator("lost-gen-b");
    victim.kill();
    const killedAtMs = Date.now();

    const lost = await waitForEvent(db, runId, "generator.lost", 15_000);
    expect(lost.message).toContain("lost-gen-b");
    // Heartbeats come twice a second and 4 s of silence is a loss, checked every half second: the event
    // follows the kill by 3.5-4.5 s, within the 5 s a person is promised.
    expect(lost.at.getTime() - killedAtMs).toBeLessThan(5_000);
    await waitForEvent(db, runId, "shard.reassigned", 10_000);

    const run = await waitForStatus(db, runId, isTerminalRunStatus, 60_000);
    expect(run.status).toBe("FINISHED");
    const seconds = await findRunSeconds(db, runId);
    const killSecond = Math.floor((killedAtMs - startedAtMs) / 1000);
    // Within 10 s of the kill every second has all 30 VUs again (the last second's frames report 0 VUs).
    const after = seconds.filter((s) => s.second >= killSecond + 10 && s.second <= DURATION_S - 2);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((s) => s.vus !== VUS).map((s) => ({ second: s.second, vus: s.vus }))).toEqual([]);
    expect(seconds.filter((s) => s.vus > VUS).map((s) => ({ second: s.second, vus: s.vus }))).toEqual([]);

    // What the dead generator sent after its last shipped frame was served but never reported: at most about
    // one second of its shard's requests. Everything else is counted exactly once.
    const summary = run.summary as TRunSummary;
    const served = target.stats().byRoute[BUSINESS_ROUTE] ?? 0;
    const rows = await findRunShards(db, runId);
    const dead = rows.find((r) => r.generatorId === "lost-gen-b" && r.generation === 0)!;
    expect(dead.status).toBe("LOST");
    const lastSecond = (lost.data as { lastSeconds: Record<string, number> }).lastSeconds[dead.shardIndex] ?? 0;
    const perSecond = dead.requests / (lastSecond + 1);
    expect(summary.requests).toBeLessThanOrEqual(served);
    expect(served - summary.requests).toBeLessThanOrEqual(Math.ceil(perSecond * 1.5) + 5);
    expect(rows.filter((r) => r.generation === 1).map((r) => r.shardIndex)).toEqual([dead.shardIndex]);
    expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(summary.requests);
  });
});
