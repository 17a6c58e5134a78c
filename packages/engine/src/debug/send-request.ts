import type { TDebugSentRequest } from "@stampede/contracts";
import type { CompiledRequest } from "../compile/compile-http-step";
import type { ResponseView } from "../extract";
import { buildRequest } from "../http/build-request";
import { send, type WireResponse } from "../http/send";
import { viewOf } from "../response-view";
import type { Params } from "../template";
import { describeRequest, errorMessage } from "./capture";
import { classifyTransportError } from "../http/error-kind";
import type { DebugSession } from "./debug-session";

/** The parameters a request references: those with a value (as they were before it), and those without. */
export interface ReferencedParams {
  params: Record<string, string>;
  missingParams: string[];
}

/** A request that was sent (with whatever came back), or why it could not be built. */
export type Attempt = ReferencedParams &
  (
    | { built: false; reason: string }
    | { built: true; request: TDebugSentRequest; res: WireResponse; view: ResponseView; durationMs: number }
  );

export function referencedParams(request: CompiledRequest, params: Params): ReferencedParams {
  const used: Record<string, string> = {};
  const missingParams: string[] = [];
  for (const name of request.refs) {
    const value = params[name];
    if (value === undefined) missingParams.push(name);
    else used[name] = value;
  }
  return { params: used, missingParams };
}

const asRefs = (names: string[]) => names.map((n) => `\${${n}}`).join(", ");

/** Why buildRequest gave up: the URL did not render to an absolute http(s) URL. */
function badUrlReason(request: CompiledRequest, params: Params): string {
  const rendered = request.url.render(params);
  const unset = request.url.refs.filter((name) => params[name] === undefined);
  const why = unset.length ? `; nothing set ${asRefs(unset)}` : "";
  return `the URL rendered to "${rendered}", which is not an absolute http(s) URL${why}`;
}

/**
 * Builds the request from the parameters and sends it once through the session's own pool, as a run does
 * (same rendering, same cookie jar rules), keeping the whole response. Never throws.
 */
export async function attemptRequest(
  session: DebugSession,
  request: CompiledRequest,
  params: Params,
  options: { cookies: boolean },
): Promise<Attempt> {
  const referenced = referencedParams(request, params);
  const jar = options.cookies && session.jar?.hasCookies() ? session.jar : undefined;
  let built: ReturnType<typeof buildRequest>;
  try {
    built = buildRequest(request, params, true, jar, Date.now());
  } catch (error) {
    return { ...referenced, built: false, reason: `a template function failed: ${(error as Error).message}` };
  }
  if (!built) return { ...referenced, built: false, reason: badUrlReason(request, params) };

  const wire = built;
  const { url } = wire;
  const started = performance.now();
  const dispatcher = request.followRedirects ? session.redirectingDispatcher : session.dispatcher;
  const res = await send(dispatcher, wire, performance.now.bind(performance));
  if (options.cookies && session.jar && !res.error && res.setCookie) {
    const pathname = url.path.split("?", 1)[0]!;
    session.jar.store({ protocol: url.protocol, hostname: url.hostname, pathname }, res.setCookie, Date.now());
  }
  return {
    ...referenced,
    built: true,
    request: describeRequest(wire),
    res,
    view: viewOf(res),
    durationMs: Math.round((performance.now() - started) * 1000) / 1000,
  };
}

/** A request that got no response: why, and how a run would count it (a cancelled request is not counted). */
export function transportFailure(session: DebugSession, error: unknown) {
  if (session.aborted) {
    const reason = session.abortReason!;
    return {
      transportError: { kind: "other" as const, message: reason },
      errorKind: undefined,
      reason: `aborted: ${reason}`,
    };
  }
  const message = errorMessage(error);
  return { transportError: { kind: classifyTransportError(error), message }, reason: `no response (${message})` };
}
