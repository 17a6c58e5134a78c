import type { TErrorKind } from "@stampede/contracts";
import type { CompiledHttpStep } from "./compile/compile-http-step";
import { buildRequest, type UrlParts } from "./http/build-request";
import { classifyStatus, classifyTransportError } from "./http/error-kind";
import { requestSize, send, type WireRequest, type WireResponse } from "./http/send";
import { buildSample } from "./sampling/build-sample";
import { viewOf } from "./response-view";
import type { RunContext, VirtualUser } from "./run-context";

interface Sent {
  wire: WireRequest;
  res: WireResponse;
  latencyUs: number;
  bytesSent: number;
}

const cookiePath = (url: UrlParts) => ({
  protocol: url.protocol,
  hostname: url.hostname,
  pathname: url.path.split("?", 1)[0]!,
});

/**
 * Sends the step once for `vu`; undefined when nothing was sent (bad URL) or the run was aborted meanwhile.
 * Not an async function: on the hot path every extra promise layer is garbage and a microtask.
 */
function sendOnce(ctx: RunContext, vu: VirtualUser, step: CompiledHttpStep): Promise<Sent | undefined> | undefined {
  let built: ReturnType<typeof buildRequest>;
  try {
    const jar = vu.jar?.hasCookies() ? vu.jar : undefined;
    built = buildRequest(step, vu.params, step.needsBody, jar, jar ? ctx.clock.now() : 0);
  } catch {
    built = undefined; // a template function refused its arguments, e.g. __random(5, 1)
  }
  if (!built) {
    ctx.collector.record(step.name, 0, 0, "template_error", 0, 0);
    return undefined;
  }
  const { wire, url } = built;
  return send(step.followRedirects ? ctx.redirectingDispatcher : ctx.dispatcher, wire, ctx.hrtime).then((res) => {
    if (ctx.aborted) return undefined;
    if (vu.jar && !res.error) {
      const cookies = res.setCookie;
      if (cookies) vu.jar.store(cookiePath(url), cookies, ctx.clock.now());
    }
    return { wire, res, latencyUs: res.latencyUs, bytesSent: requestSize(wire) };
  });
}

/** Records one request's outcome, and puts it in the sampled log if the sampler wants it. */
function record(
  ctx: RunContext,
  vu: VirtualUser,
  step: CompiledHttpStep,
  sent: Sent,
  error: TErrorKind | undefined,
  checks: string[] = [],
) {
  ctx.collector.record(step.name, sent.latencyUs, sent.res.status, error, sent.bytesSent, sent.res.bytesReceived);
  if (!ctx.sampler?.wants(error !== undefined)) return;
  ctx.sampler.add(
    buildSample({
      step: step.name,
      kind: error ? "failure" : "success",
      error,
      latencyUs: sent.latencyUs,
      at: ctx.clock.now(),
      wire: sent.wire,
      res: sent.res,
      refs: step.refs,
      params: vu.params,
      checks,
    }),
  );
}

/** Applies outputs and checks, then records the request with its outcome. */
function settle(ctx: RunContext, vu: VirtualUser, step: CompiledHttpStep, sent: Sent, forced?: TErrorKind) {
  const { res } = sent;
  // Built only when something reads the response: most load-test steps have neither outputs nor checks.
  const view = step.outputs.length > 0 || step.checks.length > 0 ? viewOf(res) : undefined;
  const failedChecks: string[] = [];
  let error: TErrorKind | undefined = forced;
  if (res.error) error = classifyTransportError(res.error);
  else {
    error ??= classifyStatus(res.status);
    let extracted = true;
    for (const output of step.outputs) {
      const value = output.extract(view!) ?? output.defaultValue;
      if (value === undefined) extracted = false;
      else vu.params[output.name] = value;
    }
    if (step.checks.length > 0) {
      for (const check of step.checks) {
        const failure = check(view!, vu.params);
        if (failure !== undefined) failedChecks.push(failure);
      }
      ctx.collector.checks(step.name, step.checks.length - failedChecks.length, failedChecks.length);
      if (failedChecks.length > 0) error ??= "checkpoint_failed";
    }
    if (!extracted) error ??= "extraction_failed";
  }
  record(ctx, vu, step, sent, error, failedChecks);
}

/**
 * Runs one API operation for one VU. With a token provider guarding the step, the shared token is put in
 * its parameter first; if the API rejects it, the rejection is counted as an auth failure, the token is
 * refreshed (once for everyone) and the request is sent once more.
 */
export async function executeHttpStep(ctx: RunContext, vu: VirtualUser, step: CompiledHttpStep): Promise<void> {
  const provider = step.usesToken ? ctx.tokenProvider : undefined;
  let token: string | undefined;
  if (provider) {
    token = await provider.get();
    if (token !== undefined) vu.params[provider.compiled.param] = token;
  }
  const first = await sendOnce(ctx, vu, step);
  if (!first) return;
  if (!provider || first.res.error || !provider.compiled.isRejection(viewOf(first.res))) {
    return settle(ctx, vu, step, first);
  }

  record(ctx, vu, step, first, "auth");
  await provider.rejected(token);
  if (!provider.compiled.retryOnce || ctx.stopping) return;
  token = await provider.get();
  if (token !== undefined) vu.params[provider.compiled.param] = token;
  const retry = await sendOnce(ctx, vu, step);
  if (!retry) return;
  const stillRejected = !retry.res.error && provider.compiled.isRejection(viewOf(retry.res));
  settle(ctx, vu, step, retry, stillRejected ? "auth" : undefined);
}
