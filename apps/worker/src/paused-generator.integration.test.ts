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

// Three generator processes stand in for three machines; the run uses two of them. One is frozen (SIGSTOP) long
// enough to be reported lost, as a machine that stalls would be (GC pause, swapped out, a VM paused); its shard
// goes to the spare generator; then it wakes up. It must stop its stale shard (fenced), and what it did before
// must still be counted: nothing twice, nothing lost, never more VUs than planned.
const VUS = 12;
const DURATION_S = 20;
const PAUSE_AT_MS = 3_000;
const PAUSE_MS = 9_000;
const prefix = filePrefix("paused-generator");
let fleet: GeneratorFleet;

beforeAll(async () => {
  fleet = await startGeneratorFleet(prefix, ["paused-gen-a", "paused-gen-b", "paused-gen-c"]);
}, 90_000);

afterAll(async () => {
  await fleet?.close();
});

describe("a generator paused until its shard was reassigned, then resumed", () => {
  it("fences its stale shard: every iteration the target served is counted once, and no second has more VUs than planned", async () => {
    const { db, redis, target } = fleet;
    target.resetStats();
    const runId = await startRun(db, redis, prefix, browseScenario(target.url, 20), {
      vus: VUS,
      durationSeconds: DURATION_S,
      generators: 2,
    });
    const running = await waitForStatus(db, runId, (s) => s === "RUNNING", 20_000);
    const startedAtMs = running.startedAt!.getTime();
    const [first] = await waitForRunningShards(db, runId, 15_000);
    const paused = fleet.generator(first!.generatorId);

    await sleepUntil(startedAtMs + PAUSE_AT_MS);
    paused.pause();
    await waitForEvent(db, runId, "shard.reassigned", PAUSE_MS + 5_000);
    await sleepUntil(startedAtMs + PAUSE_AT_MS + PAUSE_MS);
    paused.resume();

    const run = await waitForStatus(db, runId, isTerminalRunStatus, 60_000);
    expect(run.status).toBe("FINISHED");
    const summary = run.summary as TRunSummary;
    const served = target.stats().byRoute[BUSINESS_ROUTE] ?? 0;
    expect(served).toBeGreaterThan(300);
    // One request per iteration: what the engines ran is what the target served, the stale owner's included.
    expect({ iterations: summary.iterations, requests: summary.requests }).toEqual({
      iterations: served,
      requests: served,
    });

    const seconds = await findRunSeconds(db, runId);
    expect(seconds.filter((s) => s.vus > VUS).map((s) => ({ second: s.second, vus: s.vus }))).toEqual([]);
    const rows = await findRunShards(db, runId);
    const stale = rows.find((r) => r.shardIndex === first!.shardIndex && r.generation === 0)!;
    const next = rows.find((r) => r.shardIndex === first!.shardIndex && r.generation === 1)!;
    // It came back, found the lease gone to another generator, and stopped (fenced); the spare ran the rest.
    expect(stale.status).toBe("FENCED");
    expect(next.status).toBe("ENDED");
    expect(next.generatorId).not.toBe(paused.name);
    expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(summary.requests);
  });
});
