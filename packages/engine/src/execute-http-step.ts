import type { TErrorKind } from "@stampede/contracts";
import type { CompiledHttpStep } from "./compile/compile-http-step";
import { buildRequest } from "./http/build-request";
import { classifyStatus, classifyTransportError } from "./http/error-kind";
import { requestSize, send, type WireRequest, type WireResponse } from "./http/send";
import { correctionFor } from "./metrics/latency-correction";
import { buildSample } from "./sampling/build-sample";
import type { ResponseView } from "./extract";
import { viewOf } from "./response-view";
import { invalidReason, reportInvalidRequest } from "./invalid-request";
import type { RunContext, VirtualUser } from "./run-context";
import type { TracedOutcome } from "./step-tracer";
import type { TokenProvider } from "./token/token-provider";

const NO_CHECKS: string[] = [];
const NOT_EVALUATED: TracedOutcome["outputs"] = [];

/**
 * The step rendered for `vu`; undefined when it cannot be built or its host is not allowed — then nothing is
 * sent, the step counts an `invalid_request` or a `blocked_target` (not a request) and the caller skips the
 * rest of the iteration.
 */
export function renderStep(ctx: RunContext, vu: VirtualUser, step: CompiledHttpStep): WireRequest | undefined {
  let wire: WireRequest;
  try {
    const jar = vu.jar?.hasCookies() ? vu.jar : undefined;
    wire = buildRequest(step, vu.params, step.needsBody, jar, jar ? ctx.clock.now() : 0);
  } catch (error) {
    reportInvalidRequest(ctx, step.name, step, invalidReason(error), vu.params);
    return undefined;
  }
  const blocked = ctx.targets?.refusal(wire.origin);
  if (blocked !== undefined) {
    reportInvalidRequest(ctx, step.name, step, blocked, vu.params, "blocked_target");
    return undefined;
  }
  if (ctx.tracer) ctx.tracer.request(step, wire, vu.params);
  return wire;
}

export function dispatchStep(
  ctx: RunContext,
  vu: VirtualUser,
  step: CompiledHttpStep,
  wire: WireRequest,
): Promise<WireResponse> {
  const dispatcher = step.followRedirects ? ctx.redirectingDispatcher : ctx.connections.for(vu, wire.origin);
  return send(dispatcher, wire, ctx.hrtime);
}

/** Set-Cookie answers go into the VU's jar. */
function keepCookies(ctx: RunContext, vu: VirtualUser, wire: WireRequest, res: WireResponse) {
  if (!vu.jar || res.error) return;
  const cookies = res.setCookie;
  if (!cookies) return;
  const { url } = wire;
  const pathname = url.path.split("?", 1)[0]!;
  vu.jar.store({ protocol: url.protocol, hostname: url.hostname, pathname }, cookies, ctx.clock.now());
}

/** Records one request's outcome, and puts it in the sampled log if the sampler wants it. */
function record(
  ctx: RunContext,
  vu: VirtualUser,
  step: CompiledHttpStep,
  wire: WireRequest,
  res: WireResponse,
  error: TErrorKind | undefined,
  checks: string[] = NO_CHECKS,
  traced?: TracedOutcome,
) {
  const correction = correctionFor(vu.correction, step.name, res.latencyUs);
  ctx.collector.record(step.name, res.latencyUs, res.status, error, requestSize(wire), res.bytesReceived, correction);
  if (ctx.tracer) {
    ctx.tracer.response(step, res, traced ?? { error, outputs: NOT_EVALUATED, checks: NOT_EVALUATED });
  }
  if (!ctx.sampler?.wants(step.name, error !== undefined)) return;
  ctx.sampler.add(
    buildSample({
      step: step.name,
      kind: error ? "failure" : "success",
      error,
      latencyUs: res.latencyUs,
      at: ctx.clock.now(),
      wire,
      res,
      refs: step.refs,
      params: vu.params,
      checks,
      marked: ctx.sampler.secretValues,
    }),
  );
}

/**
 * Applies outputs and checks, then records the request with its outcome. False when undici refused the
 * request before it reached the wire: then it is counted as `invalid_request`, not as a request.
 */
function settle(
  ctx: RunContext,
  vu: VirtualUser,
  step: CompiledHttpStep,
  wire: WireRequest,
  res: WireResponse,
  forced?: TErrorKind,
): boolean {
  if (res.error) {
    const kind = classifyTransportError(res.error);
    if (kind === "invalid_request") {
      reportInvalidRequest(ctx, step.name, step, invalidReason(res.error), vu.params);
      return false;
    }
    record(ctx, vu, step, wire, res, kind);
    return true;
  }
  let error = forced ?? classifyStatus(res.status);
  // Most load-test steps have neither outputs nor checks: then nothing reads the response.
  if (step.outputs.length === 0 && step.checks.length === 0) {
    record(ctx, vu, step, wire, res, error);
    return true;
  }
  const view = viewOf(res);
  // Only a tracer (the debugger) wants each output's and checkpoint's own result.
  const traced = ctx.tracer
    ? { error, outputs: [] as Array<string | undefined>, checks: [] as Array<string | undefined> }
    : undefined;
  let extracted = true;
  for (const output of step.outputs) {
    const found = output.extract(view);
    traced?.outputs.push(found);
    const value = found ?? output.defaultValue;
    if (value === undefined) extracted = false;
    else vu.params[output.name] = value;
  }
  let failedChecks = NO_CHECKS;
  if (step.checks.length > 0) {
    failedChecks = runChecks(step, view, vu, traced?.checks);
    ctx.collector.checks(step.name, step.checks.length - failedChecks.length, failedChecks.length);
    if (failedChecks.length > 0) error ??= "checkpoint_failed";
  }
  if (!extracted) error ??= "extraction_failed";
  if (traced) traced.error = error;
  record(ctx, vu, step, wire, res, error, failedChecks, traced);
  return true;
}

function runChecks(
  step: CompiledHttpStep,
  view: ResponseView,
  vu: VirtualUser,
  each: Array<string | undefined> | undefined,
): string[] {
  const failed: string[] = [];
  for (const check of step.checks) {
    const failure = check(view, vu.params);
    each?.push(failure);
    if (failure !== undefined) failed.push(failure);
  }
  return failed;
}

/**
 * Runs one API operation for one VU; false when its request could not be built (the iteration then stops).
 * A request cancelled by a stop (its grace ran out) counts as `aborted`.
 * The common case — no token provider guarding the step — is split in three so that the iteration loop
 * awaits undici's answer directly: `renderStep`, send with `dispatchStep`, then `completeStep`. One
 * async layer fewer per request is a measurable share of the engine's own CPU at tens of thousands a second.
 */
export async function executeHttpStep(ctx: RunContext, vu: VirtualUser, step: CompiledHttpStep): Promise<boolean> {
  const provider = step.usesToken ? ctx.tokenProvider : undefined;
  if (provider) return executeWithToken(ctx, vu, step, provider);
  const wire = renderStep(ctx, vu, step);
  if (!wire) return false;
  return completeStep(ctx, vu, step, wire, await dispatchStep(ctx, vu, step, wire));
}

/** True when the step runs as renderStep → dispatchStep → completeStep (no token provider involved). */
export function isPlainStep(ctx: RunContext, step: CompiledHttpStep): boolean {
  return !step.usesToken || ctx.tokenProvider === undefined;
}

/**
 * Settles a plain step's response: cookies, outputs, checks, metrics.
 * False when undici refused the request before the wire (counted as `invalid_request`).
 */
export function completeStep(
  ctx: RunContext,
  vu: VirtualUser,
  step: CompiledHttpStep,
  wire: WireRequest,
  res: WireResponse,
): boolean {
  keepCookies(ctx, vu, wire, res);
  return settle(ctx, vu, step, wire, res);
}

/**
 * A step guarded by the token provider: the shared token is put in its parameter first; if the API
 * rejects it, the rejection is counted as an auth failure, the token is refreshed (once for everyone) and
 * the request is sent once more.
 */
async function executeWithToken(
  ctx: RunContext,
  vu: VirtualUser,
  step: CompiledHttpStep,
  provider: TokenProvider,
): Promise<boolean> {
  let token = await provider.get();
  if (token !== undefined) vu.params[provider.compiled.param] = token;
  const wire = renderStep(ctx, vu, step);
  if (!wire) return false;
  const res = await dispatchStep(ctx, vu, step, wire);
  keepCookies(ctx, vu, wire, res);
  if (res.error || !provider.compiled.isRejection(viewOf(res))) return settle(ctx, vu, step, wire, res);

  record(ctx, vu, step, wire, res, "auth");
  await provider.rejected(token);
  if (!provider.compiled.retryOnce || ctx.stopping) return true;
  token = await provider.get();
  if (token !== undefined) vu.params[provider.compiled.param] = token;
  const retryWire = renderStep(ctx, vu, step);
  if (!retryWire) return false;
  const retry = await dispatchStep(ctx, vu, step, retryWire);
  keepCookies(ctx, vu, retryWire, retry);
  const stillRejected = !retry.error && provider.compiled.isRejection(viewOf(retry));
  return settle(ctx, vu, step, retryWire, retry, stillRejected ? "auth" : undefined);
}
