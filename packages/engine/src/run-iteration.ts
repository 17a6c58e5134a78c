import type { CompiledData } from "./compile/compile-instructions";
import { type DataFeeders, NO_ROW } from "./data/data-feeders";
import { completeStep, dispatchStep, executeHttpStep, isPlainStep, renderStep } from "./execute-http-step";
import type { RunContext, VirtualUser } from "./run-context";
import type { StepTracer, TracedAssignment } from "./step-tracer";
import type { Params } from "./template";

/** How an iteration ended: completed, cut short by the run's stop, its data ran out, or a request could not be built. */
export type IterationOutcome = "done" | "stopped" | "exhausted" | "invalid";

/**
 * One pass of a VU over its flow. Returns "exhausted" when the VU must stop: its data ran out (a data
 * source with "stop at end"). Steps not started because the run is stopping are skipped, and so are the
 * steps after a request that could not be built ("invalid"); either way the iteration does not count as
 * completed — unless a stop skipped only what follows the flow's last request (think time, a rendezvous, data
 * steps): every request of it was sent and counted, so it counts as done. The debugger runs this same
 * function, with a tracer on the context.
 */
export async function runIteration(ctx: RunContext, vu: VirtualUser, feeders: DataFeeders): Promise<IterationOutcome> {
  const row = feeders.forIteration(vu.data);
  if (row === null) return "exhausted";
  if (row !== NO_ROW) Object.assign(vu.params, row);
  const { steps, lastHttpIndex } = vu.flow;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (ctx.stopping) {
      if (i > lastHttpIndex) break;
      return "stopped";
    }
    switch (step.kind) {
      case "http":
        // A funnel API that does not admit this arrival ends the iteration here: completed, not failed.
        if (vu.funnel !== undefined && vu.funnel[i]?.admit() === false) return finish(ctx);
        if (isPlainStep(ctx, step)) {
          // executeHttpStep inlined: the engine's innermost loop awaits undici's answer directly.
          const wire = renderStep(ctx, vu, step);
          if (!wire || !completeStep(ctx, vu, step, wire, await dispatchStep(ctx, vu, step, wire))) return "invalid";
        } else if (!(await executeHttpStep(ctx, vu, step))) return "invalid";
        break;
      case "think": {
        const plannedMs = step.delayMs();
        const startedAt = ctx.tracer ? ctx.clock.hrtime() : 0;
        await ctx.sleep(plannedMs);
        ctx.tracer?.think(step, plannedMs, ctx.clock.hrtime() - startedAt);
        break;
      }
      case "rendezvous":
        await ctx.rendezvous.arrive(step.name, step.users, step.timeoutMs);
        ctx.tracer?.rendezvous(step);
        break;
      case "data":
        applyData(step, vu.params, ctx.tracer);
        break;
    }
  }
  return finish(ctx);
}

/** The end of an iteration that ran its course (or the part of it its funnel let through). */
function finish(ctx: RunContext): IterationOutcome {
  if (ctx.aborted) return "stopped";
  ctx.collector.iterationDone();
  return "done";
}

/** Sets a data instruction's parameters in order; a function that refuses its arguments leaves the old value. */
function applyData(step: CompiledData, params: Params, tracer: StepTracer | undefined) {
  const traced: TracedAssignment[] | undefined = tracer ? [] : undefined;
  for (const [name, template] of step.assignments) {
    try {
      const value = template.render(params);
      params[name] = value;
      traced?.push({ name, value });
    } catch (error) {
      traced?.push({ name, error: (error as Error).message });
    }
  }
  if (tracer) tracer.data(step, traced!);
}
