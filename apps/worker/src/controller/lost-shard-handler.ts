import {
  DISTRIBUTION_DEFAULTS,
  loadNeed,
  maxVusOf,
  placeShard,
  type TGeneratorStatus,
  type TLoadConfig,
} from "@stampede/contracts";
import { addRunEvent, endRunShard, reassignRunShard, type RunShard } from "@stampede/db";
import type { ControllerContext } from "./controller-context";
import type { FrameMerger } from "./frame-merger";
import { describeLoss, findLostGenerators } from "./lost-generators";
import { placementGenerators } from "./place-run";
import type { ShardTotalsTracker } from "./shard-totals";

/**
 * Watches the owners of a running run's shards through the registry's heartbeats. A generator silent for 5 s
 * is reported lost (`generator.lost`), then, by the run's `onGeneratorLost`: its shards are reassigned to free
 * generators of their region for the rest of the run (a new generation, a new lease that fences the old owner),
 * or carried on without (the shard is LOST), or the run fails. A shard waiting for room is tried every check.
 */
export class LostShardHandler {
  private readonly current = new Map<number, RunShard>();
  /** Shards whose owner is lost, waiting for a generator with room. */
  private readonly pending = new Set<number>();
  private readonly announcedNoRoom = new Set<number>();
  /** Set when the run must fail (`onGeneratorLost: "fail"`). */
  failure: string | undefined;

  constructor(
    private readonly ctx: ControllerContext,
    private readonly load: TLoadConfig,
    private readonly startedAtMs: number,
    shards: RunShard[],
    private readonly merger: FrameMerger,
    private readonly totals: ShardTotalsTracker,
  ) {
    for (const s of shards) this.current.set(s.shardIndex, s);
  }

  private get policy() {
    return this.load.onGeneratorLost ?? DISTRIBUTION_DEFAULTS.onGeneratorLost;
  }

  async check(nowMs: number): Promise<void> {
    const generators = await this.ctx.registry.list(nowMs);
    const lost = findLostGenerators(
      [...this.current.values()],
      generators,
      (i) => this.merger.hasEnded(i) || this.pending.has(i),
    );
    for (const g of lost) {
      const lastSeconds = new Map(
        g.shards.flatMap((s) => {
          const last = this.totals.lastSecond(s.shardIndex, s.generation);
          return last === undefined ? [] : [[s.shardIndex, last] as const];
        }),
      );
      const message = `${describeLoss(g, nowMs, lastSeconds)}; ${this.consequence()}`;
      await this.event("generator.lost", message, {
        generatorId: g.generatorId,
        generatorName: g.generatorName,
        lastHeartbeatAt: g.lastHeartbeatAt,
        shards: g.shards.map((s) => ({ shardIndex: s.shardIndex, generation: s.generation, weight: s.weight })),
        lastSeconds: Object.fromEntries(lastSeconds),
        policy: this.policy,
      });
      for (const shard of g.shards) await this.onLost(shard, message);
    }
    // Past the planned end, or once a stop was asked, there is no load left to move: the shard is given up.
    const over =
      this.pending.size > 0 &&
      (nowMs >= this.startedAtMs + this.load.durationSeconds * 1000 || (await this.ctx.channel.isStopRequested()));
    for (const index of [...this.pending]) {
      if (over) await this.giveUp(index);
      else await this.reassign(index, generators, nowMs);
    }
  }

  private async giveUp(index: number) {
    const shard = this.current.get(index)!;
    this.pending.delete(index);
    this.merger.abandon(index);
    await this.ctx.pg((db) => endRunShard(db, this.keyOf(shard), "LOST", new Date()));
    await this.ctx.registry.release(this.ctx.runId, index);
  }

  private consequence(): string {
    if (this.policy === "reassign") return "its shards go to free generators for the rest of the run";
    if (this.policy === "continue") return "the run carries on without them";
    return "the run fails, as it asked";
  }

  private async onLost(shard: RunShard, message: string) {
    if (this.policy === "reassign") {
      this.pending.add(shard.shardIndex);
      return;
    }
    await this.giveUp(shard.shardIndex);
    if (this.policy === "fail" && this.failure === undefined) {
      this.failure = message;
      await this.ctx.channel.requestStop();
    }
  }

  private async reassign(index: number, generators: TGeneratorStatus[], nowMs: number) {
    const shard = this.current.get(index)!;
    const owner = generators.find((g) => g.id === shard.generatorId);
    if (owner?.alive) {
      // It came back before anyone could take over: it still holds the lease, so it simply goes on.
      this.pending.delete(index);
      await this.event("generator.back", `generator ${shard.generatorName} is back; it keeps shard ${index}`);
      return;
    }
    const whole = loadNeed(this.load);
    const need = { vus: shard.weight, rate: (whole.rate * shard.weight) / maxVusOf(this.load) };
    const region = this.load.regions ? shard.region : null;
    const target = placeShard(need, region, placementGenerators(generators), [shard.generatorId]);
    const generation = shard.generation + 1;
    const booked = target
      ? await this.ctx.registry
          .reserve([{ generatorId: target.id, runId: this.ctx.runId, shardIndex: index, generation, ...need }])
          // A busy placement lock: tried again at the next check.
          .catch(() => undefined)
      : undefined;
    if (!target || !booked?.ok) {
      if (!this.announcedNoRoom.has(index)) {
        this.announcedNoRoom.add(index);
        const where = region === null ? "" : ` in region "${region}"`;
        await this.event(
          "shard.waiting",
          `no generator${where} has room for shard ${index} (${shard.weight} VUs); trying again every second`,
        );
      }
      return;
    }
    const fromSecond = Math.max(0, Math.floor((nowMs - this.startedAtMs) / 1000));
    const next = await this.ctx.pg((db) =>
      reassignRunShard(
        db,
        this.keyOf(shard),
        { weight: shard.weight, region: shard.region, generatorId: target.id, generatorName: target.name },
        new Date(nowMs),
      ),
    );
    this.current.set(index, next);
    this.merger.reassign(index, generation, fromSecond);
    this.pending.delete(index);
    this.announcedNoRoom.delete(index);
    await this.ctx.dispatcher.dispatch(target.id, {
      runId: this.ctx.runId,
      shardIndex: index,
      shardCount: this.current.size,
      weights: [...this.current.values()].sort((a, b) => a.shardIndex - b.shardIndex).map((s) => s.weight),
      generation,
      startedAtMs: this.startedAtMs,
    });
    await this.event(
      "shard.reassigned",
      `shard ${index} (${shard.weight} VUs) moved from ${shard.generatorName} to ${target.name} from second ${fromSecond} (generation ${generation})`,
      { shardIndex: index, generation, from: shard.generatorId, to: target.id, fromSecond },
    );
  }

  private keyOf(shard: RunShard) {
    return { runId: this.ctx.runId, shardIndex: shard.shardIndex, generation: shard.generation };
  }

  private event(kind: string, message: string, data?: unknown) {
    return this.ctx.pg((db) => addRunEvent(db, this.ctx.runId, kind, message, data));
  }
}
