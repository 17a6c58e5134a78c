import type { CompiledRequest } from "../compile/compile-http-step";
import type { Params } from "../template";
import type { CookieJar } from "./cookie-jar";
import type { WireRequest } from "./send";
import { headerNamesProblem, headersProblem, InvalidRequestError, notHttpUrl, urlProblem } from "./validate-request";

const USER_AGENT = "stampede/0.1";

/** Where a rendered URL points, split the way undici dispatches: origin plus path and query. */
export interface UrlParts {
  origin: string;
  protocol: "http:" | "https:";
  hostname: string;
  path: string;
}

export function splitUrl(url: string): UrlParts | undefined {
  const https = url.startsWith("https://");
  if (!https && !url.startsWith("http://")) return undefined;
  const hostStart = https ? 8 : 7;
  const slash = url.indexOf("/", hostStart);
  const origin = slash === -1 ? url : url.slice(0, slash);
  const authority = origin.slice(hostStart);
  if (authority === "") return undefined;
  const host = authority.startsWith("[") ? authority.slice(0, authority.indexOf("]") + 1) : authority.split(":")[0]!;
  const hostname = host.toLowerCase();
  return { origin, protocol: https ? "https:" : "http:", hostname, path: slash === -1 ? "/" : url.slice(slash) };
}

/**
 * What of a request does not vary between sends, rendered once: the URL (with its query) and the header
 * list. A templated body with a fixed URL and headers — the usual business POST — then costs one string
 * render per send, not a URL parse, a query encode and a header list.
 */
export interface StaticParts {
  /** The URL with the query appended, when neither varies. */
  url: UrlParts | undefined;
  /** The wire header list without cookies, when no header varies. */
  headers: string[] | undefined;
  /** Why every send of the request would be refused (a fixed part is not valid), checked once. */
  problem: string | undefined;
}

function staticPartsOf(req: CompiledRequest): StaticParts {
  let problem = headerNamesProblem(req.headers.map(([name]) => name));
  let url: UrlParts | undefined;
  if (req.url.constant && req.query.every(([, t]) => t.constant)) {
    const rendered = req.url.render({});
    url = withQuery(splitUrl(rendered), req, {});
    problem ??= url ? urlProblem(url) : notHttpUrl(rendered);
  }
  const headers = req.headers.every(([, t]) => t.constant) ? headerList(req, {}) : undefined;
  if (headers) problem ??= headersProblem(headers);
  return { url, headers, problem };
}

/** The URL rendered for `params`, checked as undici will check it. */
function renderUrl(req: CompiledRequest, params: Params): UrlParts {
  const rendered = req.url.render(params);
  const url = withQuery(splitUrl(rendered), req, params);
  if (!url) throw new InvalidRequestError(notHttpUrl(rendered));
  const problem = urlProblem(url);
  if (problem !== undefined) throw new InvalidRequestError(problem);
  return url;
}

/** The header list rendered for `params`, checked as undici will check it. */
function renderHeaders(req: CompiledRequest, params: Params): string[] {
  const headers = headerList(req, params);
  const problem = headersProblem(headers);
  if (problem !== undefined) throw new InvalidRequestError(problem);
  return headers;
}

function withQuery(url: UrlParts | undefined, req: CompiledRequest, params: Params): UrlParts | undefined {
  if (!url || req.query.length === 0) return url;
  const qs = req.query.map(([k, t]) => `${encodeURIComponent(k)}=${encodeURIComponent(t.render(params))}`).join("&");
  return { ...url, path: url.path + (url.path.includes("?") ? "&" : "?") + qs };
}

function headerList(req: CompiledRequest, params: Params): string[] {
  // A step that names its own User-Agent (a recorded mini-program's, say) sends that one alone.
  const ownAgent = req.headers.some(([name]) => name.length === 10 && name.toLowerCase() === "user-agent");
  const headers = ownAgent ? [] : ["user-agent", USER_AGENT];
  if (req.contentType) headers.push("content-type", req.contentType);
  for (const [name, t] of req.headers) headers.push(name, t.render(params));
  return headers;
}

/**
 * Renders a request for one VU. Throws InvalidRequestError when undici would refuse what was rendered (a
 * URL that is not http(s) or holds a space, a header with CR/LF or NUL, ...), and the template's own error
 * when a template function refuses its arguments: either way nothing may be sent (see invalidReason).
 * `jar` adds the VU's Cookie header for this URL.
 * A constant request without cookies is rendered once: undici never mutates what it is given, so one
 * WireRequest serves every send of the step.
 */
export function buildRequest(
  req: CompiledRequest,
  params: Params,
  keepBody: boolean,
  jar?: CookieJar,
  nowMs = 0,
): WireRequest {
  if (req.constant && !jar) {
    const cached = keepBody ? req.cachedWire?.keep : req.cachedWire?.discard;
    if (cached) return cached;
    const built = render(req, params, keepBody);
    req.cachedWire ??= {};
    if (keepBody) req.cachedWire.keep = built;
    else req.cachedWire.discard = built;
    return built;
  }
  return render(req, params, keepBody, jar, nowMs);
}

function render(req: CompiledRequest, params: Params, keepBody: boolean, jar?: CookieJar, nowMs = 0): WireRequest {
  const statics = (req.statics ??= staticPartsOf(req));
  if (statics.problem !== undefined) throw new InvalidRequestError(statics.problem);
  const url = statics.url ?? renderUrl(req, params);
  let headers = statics.headers ?? renderHeaders(req, params);
  if (jar) {
    const cookie = jar.header(
      { protocol: url.protocol, hostname: url.hostname, pathname: url.path.split("?", 1)[0]! },
      nowMs,
    );
    if (cookie) headers = [...headers, "cookie", cookie];
  }
  return {
    url,
    origin: url.origin,
    path: url.path,
    method: req.method,
    headers,
    // Encoded here, once: undici would encode a string body on every send, and its size is then a length.
    body: req.body ? Buffer.from(req.body.render(params)) : undefined,
    headersTimeout: req.timeoutMs,
    bodyTimeout: req.timeoutMs,
    keepBody,
    keepBodyOnError: true,
    size: undefined,
  };
}
