import type { TErrorKind } from "@stampede/contracts";
import type { CompiledHttpStep } from "./compile/compile-http-step";
import { buildRequest } from "./http/build-request";
import { classifyStatus, classifyTransportError } from "./http/error-kind";
import { requestSize, send, type WireRequest, type WireResponse } from "./http/send";
import { buildSample } from "./sampling/build-sample";
import type { ResponseView } from "./extract";
import { viewOf } from "./response-view";
import type { RunContext, VirtualUser } from "./run-context";
import type { TokenProvider } from "./token/token-provider";

const NO_CHECKS: string[] = [];

/** The step rendered for `vu`; undefined (and counted as a template error) when it cannot be. */
export function renderStep(ctx: RunContext, vu: VirtualUser, step: CompiledHttpStep): WireRequest | undefined {
  let wire: WireRequest | undefined;
  try {
    const jar = vu.jar?.hasCookies() ? vu.jar : undefined;
    wire = buildRequest(step, vu.params, step.needsBody, jar, jar ? ctx.clock.now() : 0);
  } catch {
    wire = undefined; // a template function refused its arguments, e.g. __random(5, 1)
  }
  if (!wire) ctx.collector.record(step.name, 0, 0, "template_error", 0, 0);
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
) {
  ctx.collector.record(step.name, res.latencyUs, res.status, error, requestSize(wire), res.bytesReceived);
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
    }),
  );
}

/** Applies outputs and checks, then records the request with its outcome. */
function settle(
  ctx: RunContext,
  vu: VirtualUser,
  step: CompiledHttpStep,
  wire: WireRequest,
  res: WireResponse,
  forced?: TErrorKind,
) {
  if (res.error) return record(ctx, vu, step, wire, res, classifyTransportError(res.error));
  let error = forced ?? classifyStatus(res.status);
  // Most load-test steps have neither outputs nor checks: then nothing reads the response.
  if (step.outputs.length === 0 && step.checks.length === 0) return record(ctx, vu, step, wire, res, error);
  const view = viewOf(res);
  let extracted = true;
  for (const output of step.outputs) {
    const value = output.extract(view) ?? output.defaultValue;
    if (value === undefined) extracted = false;
    else vu.params[output.name] = value;
  }
  let failedChecks = NO_CHECKS;
  if (step.checks.length > 0) {
    failedChecks = runChecks(step, view, vu);
    ctx.collector.checks(step.name, step.checks.length - failedChecks.length, failedChecks.length);
    if (failedChecks.length > 0) error ??= "checkpoint_failed";
  }
  if (!extracted) error ??= "extraction_failed";
  record(ctx, vu, step, wire, res, error, failedChecks);
}

function runChecks(step: CompiledHttpStep, view: ResponseView, vu: VirtualUser): string[] {
  const failed: string[] = [];
  for (const check of step.checks) {
    const failure = check(view, vu.params);
    if (failure !== undefined) failed.push(failure);
  }
  return failed;
}

/**
 * Runs one API operation for one VU. A request cancelled by a stop (its grace ran out) counts as `aborted`.
 * The common case — no token provider guarding the step — is split in three so that the iteration loop
 * awaits undici's answer directly: `renderStep`, send with `dispatchStep`, then `completeStep`. One
 * async layer fewer per request is a measurable share of the engine's own CPU at tens of thousands a second.
 */
export async function executeHttpStep(ctx: RunContext, vu: VirtualUser, step: CompiledHttpStep): Promise<void> {
  const provider = step.usesToken ? ctx.tokenProvider : undefined;
  if (provider) return executeWithToken(ctx, vu, step, provider);
  const wire = renderStep(ctx, vu, step);
  if (!wire) return;
  completeStep(ctx, vu, step, wire, await dispatchStep(ctx, vu, step, wire));
}

/** True when the step runs as renderStep → dispatchStep → completeStep (no token provider involved). */
export function isPlainStep(ctx: RunContext, step: CompiledHttpStep): boolean {
  return !step.usesToken || ctx.tokenProvider === undefined;
}

/** Settles a plain step's response: cookies, outputs, checks, metrics. */
export function completeStep(
  ctx: RunContext,
  vu: VirtualUser,
  step: CompiledHttpStep,
  wire: WireRequest,
  res: WireResponse,
) {
  keepCookies(ctx, vu, wire, res);
  settle(ctx, vu, step, wire, res);
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
): Promise<void> {
  let token = await provider.get();
  if (token !== undefined) vu.params[provider.compiled.param] = token;
  const wire = renderStep(ctx, vu, step);
  if (!wire) return;
  const res = await dispatchStep(ctx, vu, step, wire);
  keepCookies(ctx, vu, wire, res);
  if (res.error || !provider.compiled.isRejection(viewOf(res))) return settle(ctx, vu, step, wire, res);

  record(ctx, vu, step, wire, res, "auth");
  await provider.rejected(token);
  if (!provider.compiled.retryOnce || ctx.stopping) return;
  token = await provider.get();
  if (token !== undefined) vu.params[provider.compiled.param] = token;
  const retryWire = renderStep(ctx, vu, step);
  if (!retryWire) return;
  const retry = await dispatchStep(ctx, vu, step, retryWire);
  keepCookies(ctx, vu, retryWire, retry);
  const stillRejected = !retry.error && provider.compiled.isRejection(viewOf(retry));
  settle(ctx, vu, step, retryWire, retry, stillRejected ? "auth" : undefined);
}
