import { buildRequest } from "../http/build-request";
import { classifyStatus, classifyTransportError } from "../http/error-kind";
import { requestSize, send } from "../http/send";
import { invalidReason, reportInvalidRequest } from "../invalid-request";
import { viewOf } from "../response-view";
import type { RunContext } from "../run-context";
import type { Params } from "../template";
import type { CompiledTokenProvider } from "./compile-token-provider";
import type { FreshToken } from "./token-store";

/**
 * Fetches a new token with the provider's own request, measured under the provider's name (token calls
 * are reported apart from business APIs). Throws, saying why, when no token came back.
 */
export async function fetchToken(
  ctx: RunContext,
  provider: CompiledTokenProvider,
  params: Params,
): Promise<FreshToken> {
  const refused = (error: unknown) => {
    const reason = invalidReason(error);
    reportInvalidRequest(ctx, provider.name, provider.request, reason, params);
    return new Error(`token request could not be built: ${reason}`);
  };
  let wire;
  try {
    wire = buildRequest(provider.request, params, true);
  } catch (error) {
    throw refused(error);
  }
  const blocked = ctx.targets?.refusal(wire.origin);
  if (blocked !== undefined) {
    reportInvalidRequest(ctx, provider.name, provider.request, blocked, params, "blocked_target");
    throw new Error(`token request was not sent: ${blocked}`);
  }
  ctx.tracer?.request(provider.request, wire, params);
  const dispatcher = provider.request.followRedirects ? ctx.redirectingDispatcher : ctx.dispatcher;
  const res = await send(dispatcher, wire, ctx.hrtime);
  const latencyUs = res.latencyUs;
  const view = viewOf(res);
  const value = res.error ? undefined : provider.extract(view);
  const error = res.error
    ? classifyTransportError(res.error)
    : (classifyStatus(res.status) ?? (value === undefined ? "extraction_failed" : undefined));
  if (error === "invalid_request") throw refused(res.error);
  ctx.collector.record(provider.name, latencyUs, res.status, error, requestSize(wire), res.bytesReceived);
  ctx.tracer?.response(provider.request, res, { error, outputs: [value], checks: [] });
  if (error || value === undefined) {
    throw new Error(`token request failed: ${error ?? "no token in the response"} (status ${res.status})`);
  }
  const now = ctx.clock.now();
  const lifetime = provider.lifetimeMs(view) ?? 3600_000;
  // Refresh ahead of expiry by the margin, but never sooner than half the lifetime: a margin longer than a
  // short-lived token would otherwise mean a fetch for every request.
  return {
    value,
    fetchedAtMs: now,
    expiresAtMs: now + lifetime,
    refreshAtMs: now + Math.max(lifetime - provider.marginMs, lifetime / 2),
  };
}
