import type { TDebugStep, TStep } from "@stampede/contracts";
import type { CompiledData, CompiledRendezvous, CompiledThink } from "../compile/compile-instructions";
import type { Params } from "../template";
import type { DebugSession } from "./debug-session";

/** The debugger shows think time without making a person wait for it. */
export const DEBUG_MAX_THINK_MS = 1000;

type Step<K extends TDebugStep["kind"]> = Extract<TDebugStep, { kind: K }>;

export async function debugThink(session: DebugSession, step: CompiledThink, index: number): Promise<Step<"think">> {
  const plannedMs = Math.round(step.delayMs());
  const started = performance.now();
  await session.sleep(Math.min(plannedMs, DEBUG_MAX_THINK_MS));
  const waitedMs = Math.round(performance.now() - started);
  const note =
    plannedMs > DEBUG_MAX_THINK_MS
      ? `a run pauses ${plannedMs} ms here; the debugger waits ${DEBUG_MAX_THINK_MS / 1000} s at most`
      : `paused ${plannedMs} ms`;
  return { kind: "think", index, name: step.name, status: "passed", note, durationMs: waitedMs, plannedMs, waitedMs };
}

export function debugRendezvous(step: CompiledRendezvous, index: number): Step<"rendezvous"> {
  return {
    kind: "rendezvous",
    index,
    name: step.name,
    status: "passed",
    note: `a run holds VUs here until ${step.users} arrive or ${step.timeoutMs} ms pass; the debugger runs one VU and does not wait`,
    durationMs: 0,
    users: step.users,
    timeoutMs: step.timeoutMs,
  };
}

/** Sets the parameters in order, as a run does; a function that refuses its arguments leaves the old value. */
export function debugData(step: CompiledData, index: number, params: Params): Step<"data"> {
  const assignments = step.assignments.map(([name, template]) => {
    try {
      const value = template.render(params);
      params[name] = value;
      return { name, value };
    } catch (error) {
      return { name, error: `${(error as Error).message}; ${name} keeps its previous value` };
    }
  });
  const failed = assignments.some((a) => a.error !== undefined);
  return { kind: "data", index, name: step.name, status: failed ? "failed" : "passed", durationMs: 0, assignments };
}

/** A step that did not run: disabled, or after the iteration stopped. */
export function skippedStep(spec: TStep, index: number, note: string): TDebugStep {
  const base = { index, name: spec.name, status: "skipped" as const, note, durationMs: 0 };
  switch (spec.type) {
    case "http":
      return { ...base, kind: "http", params: {}, missingParams: [], outputs: [], checks: [] };
    case "think":
      return { ...base, kind: "think", plannedMs: 0, waitedMs: 0 };
    case "rendezvous":
      return { ...base, kind: "rendezvous", users: spec.users, timeoutMs: spec.timeoutMs };
    case "data":
      return { ...base, kind: "data", assignments: [] };
  }
}
