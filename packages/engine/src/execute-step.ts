import type { TErrorKind } from "@stampede/contracts";
import type { Dispatcher } from "undici";
import type { CompiledHttpStep } from "./compile";
import type { ResponseView } from "./extract";
import { classifyStatus, classifyTransportError } from "./http/error-kind";
import { requestSize, send, type WireRequest, type WireResponse } from "./http/send";
import type { MetricsCollector } from "./metrics/collector";
import type { Params } from "./template";

const USER_AGENT = "stampede/0.1";

/** What a step needs from the run around it. */
export interface StepContext {
  dispatcher: Dispatcher;
  redirectingDispatcher: Dispatcher;
  collector: MetricsCollector;
  hrtime(): number;
  /** True once a hard stop cancelled in-flight requests: their outcome is not a measurement. */
  readonly aborted: boolean;
}

function splitUrl(url: string): { origin: string; path: string } | undefined {
  const scheme = url.indexOf("://");
  if (scheme < 4 || !(url.startsWith("http://") || url.startsWith("https://"))) return undefined;
  const slash = url.indexOf("/", scheme + 3);
  if (slash === -1) return { origin: url, path: "/" };
  return { origin: url.slice(0, slash), path: url.slice(slash) };
}

function buildRequest(step: CompiledHttpStep, params: Params): WireRequest | undefined {
  const target = splitUrl(step.url.render(params));
  if (!target) return undefined;
  let path = target.path;
  if (step.query.length > 0) {
    const qs = step.query.map(([k, t]) => `${encodeURIComponent(k)}=${encodeURIComponent(t.render(params))}`).join("&");
    path += (path.includes("?") ? "&" : "?") + qs;
  }
  const headers = ["user-agent", USER_AGENT];
  if (step.contentType) headers.push("content-type", step.contentType);
  for (const [name, t] of step.headers) headers.push(name, t.render(params));
  return {
    origin: target.origin,
    path,
    method: step.method,
    headers,
    body: step.body?.render(params),
    timeoutMs: step.timeoutMs,
    keepBody: step.needsBody,
  };
}

function viewOf(res: WireResponse): ResponseView {
  let text: string | undefined;
  let json: unknown;
  let parsed = false;
  return {
    status: res.status,
    headers: res.headers,
    bodyText: () => (text ??= res.body ? res.body.toString("utf8") : ""),
    bodyJson() {
      if (!parsed) {
        parsed = true;
        try {
          json = JSON.parse((text ??= res.body ? res.body.toString("utf8") : ""));
        } catch {
          json = undefined;
        }
      }
      return json;
    },
  };
}

/** Applies the step's output parameters; returns false when one found nothing and had no default. */
function extractOutputs(step: CompiledHttpStep, res: WireResponse, params: Params): boolean {
  const view = viewOf(res);
  let ok = true;
  for (const output of step.outputs) {
    const value = output.extract(view) ?? output.defaultValue;
    if (value === undefined) ok = false;
    else params[output.name] = value;
  }
  return ok;
}

/** Sends one step for one VU, measures it, and stores its output parameters in `params`. */
export async function executeStep(ctx: StepContext, step: CompiledHttpStep, params: Params): Promise<void> {
  let req: WireRequest | undefined;
  try {
    req = buildRequest(step, params);
  } catch {
    req = undefined; // a template function refused its arguments (e.g. __random(5, 1))
  }
  if (!req) {
    ctx.collector.record(step.name, 0, 0, "template_error", 0, 0);
    return;
  }
  const dispatcher = step.followRedirects ? ctx.redirectingDispatcher : ctx.dispatcher;
  const started = ctx.hrtime();
  const res = await send(dispatcher, req);
  const latencyUs = (ctx.hrtime() - started) * 1000;
  if (ctx.aborted) return;
  let error: TErrorKind | undefined;
  if (res.error) error = classifyTransportError(res.error);
  else {
    error = classifyStatus(res.status);
    if (step.outputs.length > 0 && !extractOutputs(step, res, params) && !error) error = "extraction_failed";
  }
  ctx.collector.record(step.name, latencyUs, res.status, error, requestSize(req), res.bytesReceived);
}
