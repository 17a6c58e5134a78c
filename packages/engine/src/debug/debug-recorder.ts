import type { TDebugStep, TFlow, TTokenProvider } from "@stampede/contracts";
import type { CompiledRequest } from "../compile/compile-http-step";
import type { CompiledData, CompiledRendezvous, CompiledThink } from "../compile/compile-instructions";
import type { CompiledStep } from "../compile/compile-scenario";
import type { WireRequest, WireResponse } from "../http/send";
import { viewOf } from "../response-view";
import type { StepTracer, TracedAssignment, TracedOutcome } from "../step-tracer";
import type { NotSentKind } from "../invalid-request";
import type { Params } from "../template";
import type { CompiledTokenProvider } from "../token/compile-token-provider";
import { dataStep, rendezvousStep, skippedStep, thinkStep } from "./debug-instructions";
import {
  abortedExchange,
  type Exchange,
  type ExchangeSubject,
  invalidExchange,
  settleExchange,
  startExchange,
} from "./debug-exchange";
import type { DebugSession } from "./debug-session";

/** A run assumes this lifetime when the token response does not state one (see fetch-token). */
const DEFAULT_LIFETIME_S = 3600;

const REJECTED =
  "the API rejected the token provider's token (its rejection rule matched): a run counts an auth failure, refreshes the token once for every VU and sends the request once more";

/** What the debugged iteration runs: the flow as written, its compiled steps, the token provider. */
export interface DebuggedFlow {
  flow: TFlow;
  /** The flow's enabled steps as compiled, in order: compiled[k] is the k-th enabled step. */
  compiled: CompiledStep[];
  tokenSpec: TTokenProvider | undefined;
  provider: CompiledTokenProvider | undefined;
}

/**
 * The debugger's tracer: turns the hooks of the run's own step code into the report's steps — each request
 * as sent, its answer, outputs and checkpoints with the run's verdict. Token fetches are shown as steps
 * of their own, just before the step that needed the token.
 */
export class DebugRecorder implements StepTracer {
  /** Each compiled step's position in the flow as written (disabled steps count). */
  private readonly indexes = new Map<object, number>();
  private readonly subjects = new Map<object, ExchangeSubject>();
  private readonly entries = new Map<number, TDebugStep[]>();
  private pendingTokens: TDebugStep[] = [];
  private open: { entry: Exchange; subject: ExchangeSubject; startedAt: number } | undefined;
  /** Why the iteration stopped early, when a step's request could not be built. */
  stoppedAt: { reason: string; note: string } | undefined;

  constructor(
    private readonly target: DebuggedFlow,
    private readonly session: DebugSession,
  ) {
    let k = 0;
    target.flow.steps.forEach((spec, index) => {
      if (!spec.enabled) return;
      const step = target.compiled[k++]!;
      this.indexes.set(step, index);
      if (step.kind === "http" && spec.type === "http") {
        const { outputs, checks } = spec;
        this.subjects.set(step, { kind: "http", index, name: spec.name, outputs, checks, refs: step.refs });
      }
    });
    const { provider, tokenSpec } = target;
    if (provider && tokenSpec) {
      const output = { name: provider.param, ...tokenSpec.extract, match: 0 as const };
      this.subjects.set(provider.request, {
        kind: "token",
        index: null,
        name: provider.name,
        outputs: [output],
        checks: [],
        refs: provider.request.refs,
      });
    }
  }

  request(request: CompiledRequest, wire: WireRequest, params: Params) {
    const subject = this.subjects.get(request)!;
    const entry = startExchange(subject, params, wire);
    this.open = { entry, subject, startedAt: performance.now() };
    this.add(subject.index, entry);
  }

  invalid(request: CompiledRequest, reason: string, params: Params, kind: NotSentKind) {
    const subject = this.subjects.get(request)!;
    // Refused at dispatch: the entry of the request already exists.
    const open = this.open?.subject === subject ? this.open.entry : undefined;
    const entry = open ?? startExchange(subject, params, undefined);
    this.open = undefined;
    invalidExchange(entry, subject, reason, kind);
    if (!open) this.add(subject.index, entry);
    if (subject.kind === "http") {
      const why = kind === "blocked_target" ? "aims outside the target allowlist" : "could not be built";
      this.stoppedAt = { reason: `step "${subject.name}" ${why}`, note: entry.note! };
    }
  }

  response(request: CompiledRequest, res: WireResponse, outcome: TracedOutcome) {
    const open = this.open;
    if (!open || this.subjects.get(request) !== open.subject) return;
    this.open = undefined;
    const { entry, subject } = open;
    if (outcome.error === "aborted" && this.session.aborted) {
      return abortedExchange(entry, subject, this.session.abortReason!, Math.round(res.latencyUs) / 1000);
    }
    settleExchange(entry, subject, res, outcome, this.notes(request, subject, res, outcome));
  }

  think(step: CompiledThink, plannedMs: number, waitedMs: number) {
    this.add(this.indexOf(step), thinkStep(step, this.indexOf(step), plannedMs, waitedMs));
  }

  rendezvous(step: CompiledRendezvous) {
    this.add(this.indexOf(step), rendezvousStep(step, this.indexOf(step)));
  }

  data(step: CompiledData, assignments: TracedAssignment[]) {
    this.add(this.indexOf(step), dataStep(step.name, this.indexOf(step), assignments));
  }

  /** Every step of the flow in order: what ran, and why the others did not. */
  steps(): TDebugStep[] {
    if (this.open) {
      const { entry, subject, startedAt } = this.open;
      const reason = this.session.abortReason ?? "the iteration ended first";
      abortedExchange(entry, subject, reason, Math.round((performance.now() - startedAt) * 1000) / 1000);
    }
    const why = `not run: ${this.session.abortReason ?? this.stoppedAt?.reason ?? "the iteration ended before it"}`;
    const steps: TDebugStep[] = [];
    this.target.flow.steps.forEach((spec, index) => {
      if (!spec.enabled) return steps.push(skippedStep(spec, index, "disabled"));
      const ran = this.entries.get(index);
      if (ran) return steps.push(...ran);
      steps.push(...this.pendingTokens.splice(0), skippedStep(spec, index, why));
    });
    steps.push(...this.pendingTokens);
    return steps;
  }

  private indexOf(step: object): number {
    return this.indexes.get(step)!;
  }

  /** Token entries wait for the step that asked for the token, and go just before it. */
  private add(index: number | null, entry: TDebugStep) {
    if (index === null) return void this.pendingTokens.push(entry);
    let list = this.entries.get(index);
    if (!list) this.entries.set(index, (list = []));
    list.push(...this.pendingTokens.splice(0), entry);
  }

  /** What the fields alone do not say: a token's lifetime, a rejection of the token. */
  private notes(request: CompiledRequest, subject: ExchangeSubject, res: WireResponse, outcome: TracedOutcome) {
    const { provider, tokenSpec } = this.target;
    if (!provider || !tokenSpec) return [];
    if (subject.kind === "token" && res.error) return ["no token: the steps that send it go without"];
    if (res.error) return [];
    if (subject.kind === "token") {
      if (outcome.error)
        return [`a run would not use this answer (${outcome.error}): the steps that send the token go without`];
      if (tokenSpec.lifetime.type === "fixed")
        return [`a run uses this token for ${tokenSpec.lifetime.seconds} s (fixed lifetime)`];
      const ms = provider.lifetimeMs(viewOf(res));
      const field = tokenSpec.lifetime.expression;
      return [
        ms === undefined
          ? `the response has no lifetime at ${field}; a run assumes ${DEFAULT_LIFETIME_S} s`
          : `the token lives ${ms / 1000} s (from ${field}); a run refreshes it ${tokenSpec.refreshMarginSeconds} s ahead`,
      ];
    }
    const step = request as CompiledStep;
    return step.kind === "http" && step.usesToken && provider.isRejection(viewOf(res)) ? [REJECTED] : [];
  }
}
