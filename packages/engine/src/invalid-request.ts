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

/**
 * Counts a request that could not be built as `invalid_request` of `name` — not a request, no latency —
 * and logs a failure sample saying what was wrong. The caller skips the rest of the iteration.
 */
export function reportInvalidRequest(
  ctx: RunContext,
  name: string,
  request: CompiledRequest,
  reason: string,
  params: Params,
) {
  ctx.collector.invalidRequest(name);
  ctx.tracer?.invalid(request, reason, params);
  if (!ctx.sampler?.wants(name, true)) return;
  ctx.sampler.add(
    buildInvalidSample({
      step: name,
      method: request.method,
      url: request.url.source,
      reason,
      at: ctx.clock.now(),
      refs: request.refs,
      params,
    }),
  );
}
