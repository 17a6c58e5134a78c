import { type TLoadConfig, ZStopConditions } from "@stampede/contracts";
import { addRunEvent, findRunEvents, getRunById } from "@stampede/db";
import { type FiredStopCondition, StopConditionWatch, stopWatchOptionsFor } from "@stampede/metrics";
import { createRunControlQueue } from "@stampede/queue";
import { stopRun } from "@stampede/runs";
import type { ControllerContext } from "./controller-context";
import type { SecondStore } from "./persist-seconds";

/** The run's frozen stop conditions (its snapshot holds the effective list from when it started). */
async function rulesOf(ctx: ControllerContext) {
  const run = await ctx.pg((db) => getRunById(db, ctx.runId));
  const snapshot = run.scenarioSnapshot as { stopConditions?: unknown } | null;
  const parsed = ZStopConditions.safeParse(snapshot?.stopConditions ?? []);
  if (!parsed.success) ctx.log(`run ${ctx.runId}: stop conditions in the snapshot do not parse; none are evaluated`);
  return parsed.success ? parsed.data : [];
}

/**
 * Firings already recorded (rule index and second): a resumed controller replays the stream from its start and
 * would otherwise write them again.
 */
async function recordedFirings(ctx: ControllerContext): Promise<Set<string>> {
  const events = await ctx.pg((db) => findRunEvents(db, ctx.runId));
  const keys = events
    .filter((e) => e.kind.startsWith("stop_condition."))
    .map((e) => e.data as { index?: number; second?: number } | null)
    .map((d) => `${d?.index}:${d?.second}`);
  return new Set(keys);
}

/**
 * The second store, evaluating the run's stop conditions on every merged second once it is written: a fired
 * rule becomes a `stop_condition.warn` / `stop_condition.stop` event with the rule, the observed value and the
 * second; a fired `stop` rule stops the run through the run lifecycle, its message as the stop reason. A
 * resumed controller replays every second: it writes no event twice, and asks for the stop again (harmless).
 */
export function watchStopConditions(ctx: ControllerContext, load: TLoadConfig, store: SecondStore): SecondStore {
  let watch: Promise<StopConditionWatch | undefined> | undefined;
  let recorded = new Set<string>();
  let stopped = false;
  const watchOf = () =>
    (watch ??= rulesOf(ctx).then(async (rules) => {
      if (!rules.length) return undefined;
      recorded = await recordedFirings(ctx);
      return new StopConditionWatch(rules, stopWatchOptionsFor(load));
    }));

  const act = async (fired: FiredStopCondition) => {
    const { rule, observed, second, index, message } = fired;
    if (!recorded.has(`${index}:${second}`)) {
      await ctx.pg((db) =>
        addRunEvent(db, ctx.runId, `stop_condition.${rule.action}`, message, { rule, index, observed, second }),
      );
    }
    if (rule.action !== "stop" || stopped) return;
    stopped = true;
    ctx.log(`run ${ctx.runId}: stop condition fired: ${message}`);
    const prefix = ctx.deps.env.STAMPEDE_REDIS_PREFIX;
    const runControlQueue = createRunControlQueue(ctx.deps.redis, prefix);
    try {
      await stopRun({ db: ctx.deps.db, redis: ctx.deps.redis, prefix, runControlQueue }, ctx.runId, message);
    } finally {
      await runControlQueue.close();
    }
  };

  return {
    find: (second) => store.find(second),
    save: async (merged) => {
      await store.save(merged);
      const w = await watchOf();
      if (!w) return;
      for (const fired of w.add({ ...merged.second, steps: merged.steps })) await act(fired);
    },
  };
}
