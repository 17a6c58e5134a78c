// Test-only helpers for the fault proofs: a light scenario against the demo target, events and shard rows.
import type { TScenarioSpecInput } from "@stampede/contracts";
import { findRunEvents, findRunShards, type PrismaClient } from "@stampede/db";
import { waitUntil } from "./wait-until";

/** The demo target's route the browse scenario calls, as its stats name it. */
export const BUSINESS_ROUTE = "GET /api/items";

/**
 * One request per iteration, then a pause that keeps the load light on a shared machine: the counts, not the
 * rate, are under test.
 */
export function browseScenario(targetUrl: string, thinkMs = 100): TScenarioSpecInput {
  return {
    flows: [
      {
        name: "browse",
        steps: [
          { type: "http", name: "items", url: `${targetUrl}/api/items?page=1` },
          { type: "think", ms: thinkMs },
        ],
      },
    ],
  };
}

/** A Redis prefix of this test file's own (under the run's hash tag), so no other file's generators are seen. */
export function filePrefix(name: string): string {
  return `${process.env.STAMPEDE_REDIS_PREFIX ?? "{stampede}"}:${name}`;
}

export const sleepUntil = (atMs: number) => new Promise((r) => setTimeout(r, Math.max(0, atMs - Date.now())));

/** Waits for the run's first event of `kind` (that `accept` takes), and returns it. */
export async function waitForEvent(
  db: PrismaClient,
  runId: string,
  kind: string,
  timeoutMs: number,
  accept: (message: string) => boolean = () => true,
) {
  let found: Awaited<ReturnType<typeof findRunEvents>>[number] | undefined;
  await waitUntil(
    `event ${kind} of run ${runId}`,
    async () => {
      found = (await findRunEvents(db, runId)).find((e) => e.kind === kind && accept(e.message));
      return found !== undefined;
    },
    timeoutMs,
  );
  return found!;
}

/** Waits until every planned shard of the run has reported (its row is RUNNING), and returns the rows. */
export async function waitForRunningShards(db: PrismaClient, runId: string, timeoutMs: number) {
  await waitUntil(
    `shards of run ${runId} running`,
    async () => {
      const rows = await findRunShards(db, runId);
      return rows.length > 0 && rows.every((r) => r.status === "RUNNING");
    },
    timeoutMs,
  );
  return findRunShards(db, runId);
}
