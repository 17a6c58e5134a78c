import type { TErrorKind } from "@stampede/contracts";
import type { CompiledRequest } from "./compile/compile-http-step";
import type { CompiledData, CompiledRendezvous, CompiledThink } from "./compile/compile-instructions";
import type { WireRequest, WireResponse } from "./http/send";
import type { NotSentKind } from "./invalid-request";
import type { Params } from "./template";

/** How the run counted an answered request: its failure kind, and what its outputs and checkpoints found. */
export interface TracedOutcome {
  error: TErrorKind | undefined;
  /** Each output parameter's extracted value, before any default; empty when outputs were not evaluated. */
  outputs: ReadonlyArray<string | undefined>;
  /** Each checkpoint's failure message (undefined: it held); empty when checkpoints were not evaluated. */
  checks: ReadonlyArray<string | undefined>;
}

/** One data instruction's assignment: the value it set, or why it could not compute one. */
export interface TracedAssignment {
  name: string;
  value?: string;
  error?: string;
}

/**
 * Watches a VU's steps while the run's own step code executes them: the debugger's window on an
 * iteration. A run has no tracer; call sites test `ctx.tracer` once per request and build nothing for
 * it otherwise. The hooks observe; they never change what the step does.
 */
export interface StepTracer {
  /** `request` (an API step, or the token provider's request) is about to go on the wire as `wire`. */
  request(request: CompiledRequest, wire: WireRequest, params: Params): void;
  /**
   * `request` was not sent, for `reason`: it could not be built from `params` (`invalid_request`), or its host
   * is outside the target allowlist (`blocked_target`).
   */
  invalid(request: CompiledRequest, reason: string, params: Params, kind: NotSentKind): void;
  /** The answer to the last `request()` of `request` (or its transport error), as the run counted it. */
  response(request: CompiledRequest, res: WireResponse, outcome: TracedOutcome): void;
  think(step: CompiledThink, plannedMs: number, waitedMs: number): void;
  rendezvous(step: CompiledRendezvous): void;
  data(step: CompiledData, assignments: TracedAssignment[]): void;
}
