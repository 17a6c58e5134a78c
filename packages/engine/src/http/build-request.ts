import type { CompiledRequest } from "../compile/compile-http-step";
import type { Params } from "../template";
import type { CookieJar } from "./cookie-jar";
import type { WireRequest } from "./send";

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
  /** The URL with the query appended, when neither varies; null when the URL does not render to http(s). */
  url: UrlParts | null | undefined;
  /** The wire header list without cookies, when no header varies. */
  headers: string[] | undefined;
}

function staticPartsOf(req: CompiledRequest): StaticParts {
  const urlFixed = req.url.constant && req.query.every(([, t]) => t.constant);
  return {
    url: urlFixed ? (withQuery(splitUrl(req.url.render({})), req, {}) ?? null) : undefined,
    headers: req.headers.every(([, t]) => t.constant) ? headerList(req, {}) : undefined,
  };
}

function withQuery(url: UrlParts | undefined, req: CompiledRequest, params: Params): UrlParts | undefined {
  if (!url || req.query.length === 0) return url;
  const qs = req.query.map(([k, t]) => `${encodeURIComponent(k)}=${encodeURIComponent(t.render(params))}`).join("&");
  return { ...url, path: url.path + (url.path.includes("?") ? "&" : "?") + qs };
}

function headerList(req: CompiledRequest, params: Params): string[] {
  const headers = ["user-agent", USER_AGENT];
  if (req.contentType) headers.push("content-type", req.contentType);
  for (const [name, t] of req.headers) headers.push(name, t.render(params));
  return headers;
}

/**
 * Renders a request for one VU. Returns undefined when the URL does not render to an http(s) URL; throws
 * when a template function refuses its arguments. `jar` adds the VU's Cookie header for this URL.
 * A constant request without cookies is rendered once: undici never mutates what it is given, so one
 * WireRequest serves every send of the step.
 */
export function buildRequest(
  req: CompiledRequest,
  params: Params,
  keepBody: boolean,
  jar?: CookieJar,
  nowMs = 0,
): WireRequest | undefined {
  if (req.constant && !jar) {
    const cached = keepBody ? req.cachedWire?.keep : req.cachedWire?.discard;
    if (cached) return cached;
    const built = render(req, params, keepBody);
    if (built) {
      req.cachedWire ??= {};
      if (keepBody) req.cachedWire.keep = built;
      else req.cachedWire.discard = built;
    }
    return built;
  }
  return render(req, params, keepBody, jar, nowMs);
}

function render(
  req: CompiledRequest,
  params: Params,
  keepBody: boolean,
  jar?: CookieJar,
  nowMs = 0,
): WireRequest | undefined {
  const statics = (req.statics ??= staticPartsOf(req));
  const url = statics.url === undefined ? withQuery(splitUrl(req.url.render(params)), req, params) : statics.url;
  if (!url) return undefined;
  let headers = statics.headers ?? headerList(req, params);
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
    body: req.body?.render(params),
    headersTimeout: req.timeoutMs,
    bodyTimeout: req.timeoutMs,
    keepBody,
    keepBodyOnError: true,
    size: undefined,
  };
}
