import { secretValuesOf, type TDebugResult, type TScenarioSpec } from "@stampede/contracts";
import { compileScenario } from "../compile/compile-scenario";
import { CsvError } from "../data/csv-table";
import { createDataFeeders, type DataFeeders } from "../data/data-feeders";
import { DataSourceError } from "../data/data-source-error";
import { TargetGuard } from "../http/target-guard";
import { runIteration } from "../run-iteration";
import { maskSecretsDeep } from "../sampling/mask";
import { newVirtualUser } from "../virtual-user";
import { createDebugContext } from "./debug-context";
import { skippedStep } from "./debug-instructions";
import { DebugRecorder } from "./debug-recorder";
import { DEBUG_TIMEOUT_MS, DebugSession } from "./debug-session";

/** What to debug: a spec (saved or not), which flow, and the content of the files its data sources name. */
export interface DebugIterationInput {
  spec: TScenarioSpec;
  /** Index into `spec.flows`; default 0. */
  flowIndex?: number;
  data?: Record<string, string | Uint8Array>;
}

/** How long the debugged iteration may take, and how the caller cancels it. */
export interface DebugIterationOptions {
  /** Aborting ends the iteration at once: the request in flight fails and later steps are skipped. */
  signal?: AbortSignal;
  /** Overall limit; default 30 s. */
  timeoutMs?: number;
  /** Target allowlist entries, as a run's (see LoadPlan.allowlist); absent: every host is allowed. */
  allowlist?: readonly string[];
}

/** The data sources read as a run reads them; a string when the files cannot feed one. */
function feedersFor(spec: TScenarioSpec, data: DebugIterationInput["data"]): DataFeeders | string {
  try {
    return createDataFeeders(spec.dataSources, data ?? {});
  } catch (error) {
    if (error instanceof CsvError || error instanceof DataSourceError) return error.message;
    throw error;
  }
}

/**
 * Runs one iteration of one flow for one virtual user, for real, on the run's own step code
 * (runIteration, the token provider, outputs, checkpoints) with a tracer that reports every step: the
 * request as sent, the response, each output parameter (and why it is empty), each checkpoint. The token
 * provider's token is fetched as a run fetches it, shown as a step of its own. Think time waits at most
 * 1 s, a rendezvous not at all. As in a run, the iteration stops at the first step whose request cannot be
 * built. Throws ScenarioCompileError for a spec that does not compile (see validateScenario) and
 * RangeError for a flow index out of range.
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
  const feeders = feedersFor(spec, input.data);
  const scenario = compileScenario(spec, { dataParams: typeof feeders === "string" ? undefined : feeders.params });
  const startedAt = Date.now();
  const t0 = performance.now();
  const compiled = scenario.flows[flowIndex]!;
  // The debugger shows every response body, not only those an extractor reads.
  for (const step of compiled.steps) if (step.kind === "http") step.needsBody = true;
  const vu = newVirtualUser(0, compiled, scenario);
  // Debug shows what was sent in full, except the values of marked secrets: those never leave the server.
  const secretValues = secretValuesOf(spec);
  const finish = (result: Pick<TDebugResult, "outcome" | "error" | "steps">, data: Record<string, string>) =>
    maskSecretsDeep(
      {
        flowIndex,
        flowName: flow.name,
        ...result,
        startedAt,
        durationMs: Math.round(performance.now() - t0),
        data,
        params: { ...vu.params },
      },
      secretValues,
    );
  if (typeof feeders === "string") {
    const note = "not run: the data sources cannot feed an iteration";
    return finish({ outcome: "error", error: feeders, steps: flow.steps.map((s, i) => skippedStep(s, i, note)) }, {});
  }

  const targets = options.allowlist ? new TargetGuard(options.allowlist) : undefined;
  const session = new DebugSession({
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? DEBUG_TIMEOUT_MS,
    targets,
  });
  const target = { flow, compiled: compiled.steps, tokenSpec: spec.tokenProvider, provider: scenario.tokenProvider };
  const recorder = new DebugRecorder(target, session);
  let row: Record<string, string> | null = {};
  const oneRow: DataFeeders = {
    params: feeders.params,
    describeTables: () => feeders.describeTables(),
    forIteration: (state) => (row = feeders.forIteration(state)),
  };
  try {
    await runIteration(createDebugContext(session, scenario, recorder, targets), vu, oneRow);
  } finally {
    await session.close();
  }
  const steps = recorder.steps();
  const data = { ...row };
  if (session.aborted) return finish({ outcome: "aborted", error: session.abortReason, steps }, data);
  if (row === null)
    return finish({ outcome: "error", error: "a data source has no row left for an iteration", steps }, data);
  if (recorder.stoppedAt) return finish({ outcome: "error", error: recorder.stoppedAt.note, steps }, data);
  const failed = steps.some((s) => s.status === "failed" || s.status === "error");
  return finish({ outcome: failed ? "failed" : "passed", error: undefined, steps }, data);
}
