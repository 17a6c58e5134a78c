import type { TCheck, TDebugHttpStep, TDebugTokenStep, TOutputParam } from "@stampede/contracts";
import type { WireRequest, WireResponse } from "../http/send";
import type { NotSentKind } from "../invalid-request";
import { viewOf } from "../response-view";
import type { TracedOutcome } from "../step-tracer";
import type { Params } from "../template";
import { describeRequest, describeResponse, errorMessage } from "./capture";
import { describeChecks, unansweredChecks } from "./evaluate-checks";
import { describeOutput, unansweredOutput } from "./explain-output";

/** A debugged request: an API operation of the flow, or the token provider's request. */
export type Exchange = TDebugHttpStep | TDebugTokenStep;

/** What the debugger knows of a traced request's origin: where it sits, and its outputs and checkpoints. */
export interface ExchangeSubject {
  kind: Exchange["kind"];
  /** Position in the flow's steps; null for the token provider. */
  index: number | null;
  name: string;
  outputs: TOutputParam[];
  checks: TCheck[];
  refs: Iterable<string>;
}

const asRefs = (names: string[]) => names.map((n) => `\${${n}}`).join(", ");

/** The entry of a request, before its outcome: what it referenced, and what was sent when it was. */
export function startExchange(subject: ExchangeSubject, params: Params, wire: WireRequest | undefined): Exchange {
  const used: Record<string, string> = {};
  const missingParams: string[] = [];
  for (const name of subject.refs) {
    const value = params[name];
    if (value === undefined) missingParams.push(name);
    else used[name] = value;
  }
  return {
    kind: subject.kind,
    index: subject.index,
    name: subject.name,
    status: "failed",
    durationMs: 0,
    request: wire ? describeRequest(wire) : undefined,
    params: used,
    missingParams,
    outputs: [],
    checks: [],
  };
}

/** Nothing (or nothing more) could be asked: every output and checkpoint says why. */
function unanswered(entry: Exchange, subject: ExchangeSubject, reason: string) {
  entry.outputs = subject.outputs.map((o) => unansweredOutput(o, reason));
  entry.checks = unansweredChecks(subject.checks, reason);
}

/**
 * The request was not sent: it could not be built, or undici refused it before the wire (`invalid_request`), or
 * its host is outside the target allowlist (`blocked_target`).
 */
export function invalidExchange(entry: Exchange, subject: ExchangeSubject, reason: string, kind: NotSentKind) {
  const unset = entry.missingParams.length ? `; nothing had set ${asRefs(entry.missingParams)}` : "";
  entry.errorKind = kind;
  unanswered(entry, subject, "the request was not sent");
  const what = kind === "blocked_target" ? "was not sent" : "could not be built";
  if (subject.kind === "token") {
    entry.note = `the token request ${what}: ${reason}${unset}; a run sends the steps that use the token without it`;
  } else {
    entry.status = "error";
    entry.note = `the request ${what}: ${reason}${unset}; the iteration stops here`;
  }
}

/** The request was in flight when the debugged iteration was cancelled: a run would not count it. */
export function abortedExchange(entry: Exchange, subject: ExchangeSubject, reason: string, durationMs: number) {
  entry.durationMs = durationMs;
  entry.note = `aborted: ${reason}`;
  entry.transportError = { kind: "aborted", message: reason };
  entry.errorKind = undefined;
  unanswered(entry, subject, `aborted: ${reason}`);
}

/** The answer (or the transport error) with the run's verdict: failure kind, outputs, checkpoints. */
export function settleExchange(
  entry: Exchange,
  subject: ExchangeSubject,
  res: WireResponse,
  outcome: TracedOutcome,
  notes: string[],
) {
  entry.durationMs = Math.round(res.latencyUs) / 1000;
  entry.errorKind = outcome.error;
  entry.status = outcome.error ? "failed" : "passed";
  if (res.error) {
    const message = errorMessage(res.error);
    entry.transportError = { kind: outcome.error ?? "reset", message };
    unanswered(entry, subject, `no response (${message})`);
  } else {
    entry.response = describeResponse(res);
    const view = viewOf(res);
    // Outputs and checkpoints a run did not evaluate (a rejected token's answer) say so.
    if (outcome.outputs.length < subject.outputs.length || outcome.checks.length < subject.checks.length) {
      unanswered(entry, subject, "not evaluated: a run does not read an answer that rejected the token");
    }
    if (outcome.outputs.length > 0)
      entry.outputs = subject.outputs.map((o, i) => describeOutput(o, outcome.outputs[i], view));
    if (outcome.checks.length > 0) entry.checks = describeChecks(subject.checks, outcome.checks);
  }
  if (entry.missingParams.length > 0) {
    notes.push(`nothing had set ${asRefs(entry.missingParams)}, so it was sent as written`);
  }
  entry.note = notes.join("; ") || undefined;
}
