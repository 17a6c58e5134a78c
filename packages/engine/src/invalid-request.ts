import type { CompiledRequest } from "./compile/compile-http-step";
import { InvalidRequestError } from "./http/validate-request";
import type { RunContext } from "./run-context";
import { buildInvalidSample } from "./sampling/build-sample";
import type { Params } from "./template";

/** Why a request could not be built, from what buildRequest (or undici, before the wire) threw. */
export function invalidReason(error: unknown): string {
  if (error instanceof InvalidRequestError) return error.message;
  const message = (error as Error)?.message ?? String(error);
  // undici's own refusal (the net under the engine's checks) or a template function refusing its arguments.
  const code = (error as { code?: string })?.code;
  return code?.startsWith("UND_ERR") || code === "ERR_INVALID_URL"
    ? `refused before sending: ${message} (${code})`
    : `a template function failed: ${message}`;
}

/** Why a request was not sent: it could not be built, or its host is outside the target allowlist. */
export type NotSentKind = "invalid_request" | "blocked_target";

/**
 * Counts a request that was not sent as `kind` of `name` — not a request, no latency — and logs a failure
 * sample saying why. The caller skips the rest of the iteration.
 */
export function reportInvalidRequest(
  ctx: RunContext,
  name: string,
  request: CompiledRequest,
  reason: string,
  params: Params,
  kind: NotSentKind = "invalid_request",
) {
  ctx.collector.invalidRequest(name, kind);
  ctx.tracer?.invalid(request, reason, params, kind);
  if (!ctx.sampler?.wants(name, true)) return;
  ctx.sampler.add(
    buildInvalidSample({
      step: name,
      method: request.method,
      url: request.url.source,
      reason,
      kind,
      at: ctx.clock.now(),
      refs: request.refs,
      params,
      marked: ctx.sampler.secretValues,
    }),
  );
}
