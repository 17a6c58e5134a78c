// Test-only helpers for the controller's unit tests: shard frames and an in-memory second store.
import type { TShardFrame } from "@stampede/contracts";
import type { StoredSecond } from "@stampede/db";
import { StepTotals } from "@stampede/metrics";
import type { TStreamEntry } from "@stampede/queue";
import type { SecondStore } from "./persist-seconds";

/** A shard's frame for `second`: `requests` answers of `latencyMs` to step "api", and the gauges given. */
export function shardFrame(
  shardIndex: number,
  second: number,
  {
    vus = 5,
    iterations = 10,
    dropped = 0,
    requests = 10,
    latencyMs = 2,
    generation = undefined as number | undefined,
  } = {},
): TStreamEntry {
  const api = new StepTotals("api");
  for (let i = 0; i < requests; i++) api.record(latencyMs * 1000, 200, undefined, 100, 200);
  const frame: TShardFrame = { second, vus, iterations, droppedIterations: dropped, steps: [api.toEncoded()] };
  api.destroy();
  return { type: "frame", shardIndex, frame, generation };
}

/** The end of a shard (of one generation: absent means 0). */
export function shardEnd(
  shardIndex: number,
  { generation = undefined as number | undefined, reason = "completed" as "completed" | "fenced" } = {},
): TStreamEntry {
  return { type: "shard-end", shardIndex, reason, generation };
}

/** Seconds kept in memory, with the run id the Postgres store would add. */
export function memorySecondStore(runId = "run"): SecondStore & { rows: Map<number, StoredSecond> } {
  const rows = new Map<number, StoredSecond>();
  return {
    rows,
    find: async (second) => rows.get(second) ?? { steps: [], second: undefined },
    save: async ({ steps, second, generators }) => {
      rows.set(second.second, {
        steps: steps.map((s) => ({ ...s, runId, second: second.second })),
        second: { ...second, runId },
        generators: generators.map((g) => ({ ...g, runId, second: second.second })),
      });
    },
  };
}
