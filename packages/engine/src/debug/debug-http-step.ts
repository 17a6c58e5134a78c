import type { TDebugHttpStep, TErrorKind, THttpStep } from "@stampede/contracts";
import type { CompiledHttpStep } from "../compile/compile-http-step";
import { classifyStatus } from "../http/error-kind";
import type { Params } from "../template";
import type { CompiledTokenProvider } from "../token/compile-token-provider";
import { describeResponse } from "./capture";
import type { DebugSession } from "./debug-session";
import { evaluateChecks, unansweredChecks } from "./evaluate-checks";
import { evaluateOutput, unansweredOutput } from "./explain-output";
import { attemptRequest, transportFailure } from "./send-request";

/** A debugged step and whether the iteration must stop after it. */
export interface DebuggedStep<T> {
  step: T;
  stop: boolean;
}

const REJECTED =
  "the API rejected the token provider's token (its rejection rule matched); a run counts this as an auth failure, refreshes the token once for every VU and sends the request once more";

/**
 * Runs one API operation for the debugged VU as a run would — outputs first, then checkpoints, the same
 * failure kinds — and keeps everything a person needs to see why it did what it did. `provider` is set
 * when the step sends the token provider's token.
 */
export async function debugHttpStep(
  session: DebugSession,
  spec: THttpStep,
  step: CompiledHttpStep,
  index: number,
  params: Params,
  provider: CompiledTokenProvider | undefined,
): Promise<DebuggedStep<TDebugHttpStep>> {
  const attempt = await attemptRequest(session, step, params, { cookies: true });
  const base = {
    kind: "http" as const,
    index,
    name: spec.name,
    params: attempt.params,
    missingParams: attempt.missingParams,
  };
  if (!attempt.built) {
    const reason = "the request was not sent";
    return {
      stop: true,
      step: {
        ...base,
        status: "error",
        note: `the request could not be built: ${attempt.reason}; the iteration stops here`,
        durationMs: 0,
        errorKind: "template_error",
        outputs: spec.outputs.map((o) => unansweredOutput(o, reason)),
        checks: unansweredChecks(spec.checks, reason),
      },
    };
  }

  const { res, view, request, durationMs } = attempt;
  if (res.error) {
    const { transportError, reason } = transportFailure(session, res.error);
    const errorKind = session.aborted ? undefined : transportError.kind;
    return {
      stop: false,
      step: {
        ...base,
        status: "failed",
        note: session.aborted ? reason : undefined,
        durationMs,
        request,
        transportError,
        errorKind,
        outputs: spec.outputs.map((o) => unansweredOutput(o, reason)),
        checks: unansweredChecks(spec.checks, reason),
      },
    };
  }

  const rejected = provider !== undefined && provider.isRejection(view);
  let errorKind: TErrorKind | undefined = rejected ? "auth" : classifyStatus(res.status);
  const outputs = spec.outputs.map((o, i) => evaluateOutput(o, step.outputs[i]!, view));
  for (const output of outputs) if (output.value !== undefined) params[output.name] = output.value;
  const checks = evaluateChecks(spec.checks, step.checks, view, params);
  if (checks.some((c) => !c.passed)) errorKind ??= "checkpoint_failed";
  if (outputs.some((o) => o.value === undefined)) errorKind ??= "extraction_failed";
  const unresolved = attempt.missingParams.length
    ? `nothing had set ${attempt.missingParams.map((n) => `\${${n}}`).join(", ")}, so it was sent as written`
    : undefined;
  const note = [rejected ? REJECTED : undefined, unresolved].filter(Boolean).join("; ") || undefined;
  return {
    stop: false,
    step: {
      ...base,
      status: errorKind ? "failed" : "passed",
      note,
      durationMs,
      request,
      response: describeResponse(res),
      errorKind,
      outputs,
      checks,
    },
  };
}
