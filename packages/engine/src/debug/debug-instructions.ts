import type { TDebugStep, TStep } from "@stampede/contracts";
import type { CompiledRendezvous, CompiledThink } from "../compile/compile-instructions";
import type { TracedAssignment } from "../step-tracer";
import { DEBUG_MAX_THINK_MS } from "./debug-context";

type Step<K extends TDebugStep["kind"]> = Extract<TDebugStep, { kind: K }>;

/** Think time as the run drew it, and how long the debugger actually waited. */
export function thinkStep(step: CompiledThink, index: number, planned: number, waited: number): Step<"think"> {
  const plannedMs = Math.round(planned);
  const waitedMs = Math.round(waited);
  const note =
    plannedMs > DEBUG_MAX_THINK_MS
      ? `a run pauses ${plannedMs} ms here; the debugger waits ${DEBUG_MAX_THINK_MS / 1000} s at most`
      : `paused ${plannedMs} ms`;
  return { kind: "think", index, name: step.name, status: "passed", note, durationMs: waitedMs, plannedMs, waitedMs };
}

export function rendezvousStep(step: CompiledRendezvous, index: number): Step<"rendezvous"> {
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

/** A data instruction's assignments as the run made them; a refused function leaves the old value. */
export function dataStep(name: string, index: number, traced: TracedAssignment[]): Step<"data"> {
  const assignments = traced.map((a) =>
    a.error === undefined ? a : { name: a.name, error: `${a.error}; ${a.name} keeps its previous value` },
  );
  const failed = assignments.some((a) => a.error !== undefined);
  return { kind: "data", index, name, status: failed ? "failed" : "passed", durationMs: 0, assignments };
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
