import type { RunLifecycleDeps } from "@stampede/runs";
import { getDb } from "./db";
import { getEnv, getInstanceAllowlist } from "./env";
import { getRedis, getRunControlQueue } from "./redis";

/** The process's connections, as the run-lifecycle functions (@stampede/runs) take them. */
export function getRunLifecycleDeps(): RunLifecycleDeps {
  return {
    db: getDb(),
    runControlQueue: getRunControlQueue(),
    redis: getRedis(),
    prefix: getEnv().STAMPEDE_REDIS_PREFIX,
    targetAllowlist: getInstanceAllowlist(),
  };
}
