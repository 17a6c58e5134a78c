import { describe, expect, it } from "vitest";
import { ShardWatch } from "./shard-watch";

function source(initial: { stop?: boolean; lease?: string } = {}) {
  const state = { stop: initial.stop ?? false, lease: initial.lease, fail: false };
  return {
    state,
    isStopRequested: async () => {
      if (state.fail) throw new Error("redis down");
      return state.stop;
    },
    shardLease: async () => state.lease,
  };
}

describe("ShardWatch", () => {
  it("fences the shard once the lease names another generation, and says so once", async () => {
    const redis = source({ lease: "gen-a:0" });
    const seen: string[] = [];
    const watch = new ShardWatch(redis, 2, "gen-a:0", (why) => seen.push(why));
    expect(await watch.check()).toBeUndefined();
    redis.state.lease = "gen-b:1";
    expect(await watch.check()).toBe("fenced");
    redis.state.stop = true;
    await watch.check();
    expect(seen).toEqual(["fenced"]);
  });

  it("stops on the stop flag; a job without a lease of its own ignores leases", async () => {
    const redis = source({ lease: "gen-b:1" });
    const seen: string[] = [];
    const watch = new ShardWatch(redis, 0, undefined, (why) => seen.push(why));
    expect(await watch.check()).toBeUndefined();
    redis.state.stop = true;
    expect(await watch.check()).toBe("stopped");
    expect(seen).toEqual(["stopped"]);
  });

  it("leaves a Redis error to the next poll", async () => {
    const redis = source({ lease: "gen-a:0" });
    redis.state.fail = true;
    const watch = new ShardWatch(redis, 0, "gen-a:0", () => {});
    expect(await watch.check()).toBeUndefined();
  });
});
