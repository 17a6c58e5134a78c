import type { TDebugTokenStep, TErrorKind, TTokenProvider } from "@stampede/contracts";
import { classifyStatus } from "../http/error-kind";
import type { Params } from "../template";
import type { CompiledTokenProvider } from "../token/compile-token-provider";
import { describeResponse } from "./capture";
import type { DebugSession } from "./debug-session";
import { evaluateOutput, unansweredOutput } from "./explain-output";
import type { DebuggedStep } from "./debug-http-step";
import { attemptRequest, transportFailure } from "./send-request";

/** A run assumes this lifetime when the response does not state one (see fetch-token). */
const DEFAULT_LIFETIME_S = 3600;

function lifetimeNote(spec: TTokenProvider, seconds: number | undefined): string {
  if (spec.lifetime.type === "fixed") return `a run uses this token for ${spec.lifetime.seconds} s (fixed lifetime)`;
  const field = spec.lifetime.expression;
  return seconds === undefined
    ? `the response has no lifetime at ${field}; a run assumes ${DEFAULT_LIFETIME_S} s`
    : `the token lives ${seconds} s (from ${field}); a run refreshes it ${spec.refreshMarginSeconds} s ahead`;
}

/**
 * Fetches the token provider's token once, with the scenario's globals as a run does, and shows the fetch
 * as a step of its own. The token is undefined when a run would not have one either.
 */
export async function debugTokenFetch(
  session: DebugSession,
  spec: TTokenProvider,
  provider: CompiledTokenProvider,
  globals: Params,
): Promise<DebuggedStep<TDebugTokenStep> & { token: string | undefined }> {
  const output = { name: provider.param, ...spec.extract, match: 0 as const };
  const attempt = await attemptRequest(session, provider.request, globals, { cookies: false });
  const base = {
    kind: "token" as const,
    index: null,
    name: provider.name,
    params: attempt.params,
    missingParams: attempt.missingParams,
    checks: [],
  };
  if (!attempt.built) {
    return {
      token: undefined,
      stop: true,
      step: {
        ...base,
        status: "error",
        note: `the token request could not be built: ${attempt.reason}; the iteration stops here`,
        durationMs: 0,
        errorKind: "template_error",
        outputs: [unansweredOutput(output, "the token request was not sent")],
      },
    };
  }
  const { res, view, request, durationMs } = attempt;
  if (res.error) {
    const { transportError, reason } = transportFailure(session, res.error);
    return {
      token: undefined,
      stop: false,
      step: {
        ...base,
        status: "failed",
        note: session.aborted ? reason : "no token: the steps that send it go without",
        durationMs,
        request,
        transportError,
        errorKind: session.aborted ? undefined : transportError.kind,
        outputs: [unansweredOutput(output, reason)],
      },
    };
  }
  const extracted = evaluateOutput(
    output,
    { name: provider.param, extract: provider.extract, defaultValue: undefined },
    view,
  );
  const errorKind: TErrorKind | undefined =
    classifyStatus(res.status) ?? (extracted.value === undefined ? "extraction_failed" : undefined);
  const lifetimeMs = provider.lifetimeMs(view);
  const note = errorKind
    ? `a run would not use this answer (${errorKind}): the steps that send the token go without`
    : lifetimeNote(spec, lifetimeMs === undefined ? undefined : lifetimeMs / 1000);
  return {
    token: errorKind ? undefined : extracted.value,
    stop: false,
    step: {
      ...base,
      status: errorKind ? "failed" : "passed",
      note,
      durationMs,
      request,
      response: describeResponse(res),
      errorKind,
      outputs: [extracted],
    },
  };
}
