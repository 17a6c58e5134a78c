import type { TDebugResult, TDebugStep, TScenarioSpec } from "@stampede/contracts";
import { compileScenario, type CompiledScenario, type CompiledStep } from "../compile/compile-scenario";
import { CsvError } from "../data/csv-table";
import { createDataFeeders, newVuDataState } from "../data/data-feeders";
import { DataSourceError } from "../data/data-source-error";
import type { Params } from "../template";
import { debugHttpStep } from "./debug-http-step";
import { debugData, debugRendezvous, debugThink, skippedStep } from "./debug-instructions";
import { DEBUG_TIMEOUT_MS, DebugSession } from "./debug-session";
import { debugTokenFetch } from "./debug-token";

/** What to debug: a spec (saved or not), which flow, and the content of the files its data sources name. */
export interface DebugIterationInput {
  spec: TScenarioSpec;
  /** Index into `spec.flows`; default 0. */
  flowIndex?: number;
  data?: Record<string, string | Uint8Array>;
}

export interface DebugIterationOptions {
  /** Aborting ends the iteration at once: the request in flight fails and later steps are skipped. */
  signal?: AbortSignal;
  /** Overall limit; default 30 s. */
  timeoutMs?: number;
}

/** One row of each data source, as a run's first iteration would get it; or why the files cannot feed one. */
function firstRow(scenario: CompiledScenario, data: DebugIterationInput["data"]): Params | string {
  try {
    return { ...createDataFeeders(scenario.dataSources, data ?? {}).forIteration(newVuDataState()) };
  } catch (error) {
    if (error instanceof CsvError || error instanceof DataSourceError) return error.message;
    throw error;
  }
}

/**
 * Runs one iteration of one flow for one virtual user, for real, with the engine's own rendering,
 * extraction and checkpoints, and reports every step: the request as sent, the response, each output
 * parameter (and why it is empty), each checkpoint. The token provider's token is fetched once, shown as a
 * step of its own. Think time waits at most 1 s, a rendezvous not at all. The iteration stops at the
 * first step whose request cannot be built. Throws ScenarioCompileError for a spec that does not compile
 * (see validateScenario) and RangeError for a flow index out of range.
 */
export async function debugIteration(
  input: DebugIterationInput,
  options: DebugIterationOptions = {},
): Promise<TDebugResult> {
  const { spec } = input;
  const flowIndex = input.flowIndex ?? 0;
  const flow = spec.flows[flowIndex];
  if (!flow) {
    const n = spec.flows.length;
    throw new RangeError(`flowIndex ${flowIndex}: the scenario has ${n} flow${n === 1 ? "" : "s"} (0-${n - 1})`);
  }
  const scenario = compileScenario(spec);
  const startedAt = Date.now();
  const t0 = performance.now();
  const params: Params = { ...scenario.globals };
  const steps: TDebugStep[] = [];
  const finish = (outcome: TDebugResult["outcome"], error: string | undefined, data: Params): TDebugResult => ({
    flowIndex,
    flowName: flow.name,
    outcome,
    error,
    startedAt,
    durationMs: Math.round(performance.now() - t0),
    data,
    params: { ...params },
    steps,
  });

  const row = firstRow(scenario, input.data);
  if (typeof row === "string") {
    flow.steps.forEach((s, i) => steps.push(skippedStep(s, i, "not run: the data sources cannot feed an iteration")));
    return finish("error", row, {});
  }
  Object.assign(params, row);

  const session = new DebugSession({
    cookies: scenario.cookies,
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? DEBUG_TIMEOUT_MS,
  });
  const compiled = scenario.flows[flowIndex]!.steps;
  let next = 0; // compiled steps are the enabled ones, in order
  let token: { value: string | undefined } | undefined;
  let stoppedAt: string | undefined;
  try {
    for (const [index, stepSpec] of flow.steps.entries()) {
      if (!stepSpec.enabled) {
        steps.push(skippedStep(stepSpec, index, "disabled"));
        continue;
      }
      const step: CompiledStep = compiled[next++]!;
      if (session.aborted || stoppedAt !== undefined) {
        steps.push(skippedStep(stepSpec, index, `not run: ${session.abortReason ?? stoppedAt}`));
        continue;
      }
      if (step.kind === "http" && stepSpec.type === "http") {
        const provider = step.usesToken ? scenario.tokenProvider : undefined;
        if (provider && spec.tokenProvider) {
          if (!token) {
            const fetched = await debugTokenFetch(session, spec.tokenProvider, provider, scenario.globals);
            steps.push(fetched.step);
            token = { value: fetched.token };
            if (fetched.stop) {
              stoppedAt = "the token request could not be built";
              steps.push(skippedStep(stepSpec, index, `not run: ${stoppedAt}`));
              continue;
            }
          }
          if (token.value !== undefined) params[provider.param] = token.value;
        }
        const done = await debugHttpStep(session, stepSpec, step, index, params, provider);
        steps.push(done.step);
        if (done.stop) stoppedAt = `step "${stepSpec.name}" could not be built`;
      } else if (step.kind === "think") steps.push(await debugThink(session, step, index));
      else if (step.kind === "rendezvous") steps.push(debugRendezvous(step, index));
      else if (step.kind === "data") steps.push(debugData(step, index, params));
    }
  } finally {
    await session.close();
  }
  if (session.aborted) return finish("aborted", session.abortReason, row);
  if (stoppedAt !== undefined) {
    const failed = steps.find((s) => s.status === "error");
    return finish("error", failed?.note ?? stoppedAt, row);
  }
  return finish(steps.some((s) => s.status === "failed") ? "failed" : "passed", undefined, row);
}
