import { readFileSync } from "node:fs";
import { generatorIdOf, type TGeneratorCapacity } from "@stampede/contracts";
import type { WorkerEnv } from "../env";

/** What a generator says about itself in every heartbeat, fixed for the life of the process. */
export interface GeneratorIdentity {
  id: string;
  name: string;
  region: string;
  version: string;
  capacity: TGeneratorCapacity;
  startedAt: number;
}

/** The version of the code this process runs: STAMPEDE_VERSION, else the root package.json's (the image ships it). */
export function workerVersion(env: Pick<WorkerEnv, "STAMPEDE_VERSION">): string {
  if (env.STAMPEDE_VERSION) return env.STAMPEDE_VERSION;
  try {
    const root = JSON.parse(readFileSync(new URL("../../../../package.json", import.meta.url), "utf8")) as {
      version?: unknown;
    };
    return typeof root.version === "string" ? root.version : "unknown";
  } catch {
    return "unknown";
  }
}

/** This process as a generator: its id is its worker name made safe for Redis keys and queue names. */
export function generatorIdentity(
  env: Pick<WorkerEnv, "WORKER_NAME" | "WORKER_REGION" | "WORKER_MAX_VUS" | "WORKER_MAX_RATE" | "STAMPEDE_VERSION">,
  startedAt: number,
): GeneratorIdentity {
  return {
    id: generatorIdOf(env.WORKER_NAME),
    name: env.WORKER_NAME,
    region: env.WORKER_REGION,
    version: workerVersion(env),
    capacity: { maxVus: env.WORKER_MAX_VUS, maxRate: env.WORKER_MAX_RATE },
    startedAt,
  };
}
