import { type DataFeeders, NO_ROW } from "./data/data-feeders";
import { completeStep, dispatchStep, executeHttpStep, isPlainStep, renderStep } from "./execute-http-step";
import type { RunContext, VirtualUser } from "./run-context";

/** How an iteration ended: completed, cut short by the run's stop, or the VU's data ran out. */
export type IterationOutcome = "done" | "stopped" | "exhausted";

/**
 * One pass of a VU over its flow. Returns false when the VU must stop: its data ran out (a data source
 * with "stop at end"). Steps not started because the run is stopping are skipped; the iteration then
 * does not count as completed.
 */
export async function runIteration(ctx: RunContext, vu: VirtualUser, feeders: DataFeeders): Promise<IterationOutcome> {
  const row = feeders.forIteration(vu.data);
  if (row === null) return "exhausted";
  if (row !== NO_ROW) Object.assign(vu.params, row);
  for (const step of vu.flow.steps) {
    if (ctx.stopping) return "stopped";
    switch (step.kind) {
      case "http":
        if (isPlainStep(ctx, step)) {
          // executeHttpStep inlined: the engine's innermost loop awaits undici's answer directly.
          const wire = renderStep(ctx, vu, step);
          if (wire) completeStep(ctx, vu, step, wire, await dispatchStep(ctx, vu, step, wire));
        } else await executeHttpStep(ctx, vu, step);
        break;
      case "think":
        await ctx.sleep(step.delayMs());
        break;
      case "rendezvous":
        await ctx.rendezvous.arrive(step.name, step.users, step.timeoutMs);
        break;
      case "data":
        for (const [name, template] of step.assignments) {
          try {
            vu.params[name] = template.render(vu.params);
          } catch {
            // A function refused its arguments; the parameter keeps its previous value.
          }
        }
        break;
    }
  }
  if (ctx.aborted) return "stopped";
  ctx.collector.iterationDone();
  return "done";
}
