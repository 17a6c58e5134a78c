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
 * Renders a request for one VU. Returns undefined when the URL does not render to an http(s) URL; throws
 * when a template function refuses its arguments. `cookie` is the VU's Cookie header for this URL.
 */
export function buildRequest(
  req: CompiledRequest,
  params: Params,
  keepBody: boolean,
  jar?: CookieJar,
  nowMs = 0,
): { wire: WireRequest; url: UrlParts } | undefined {
  if (req.constant && !jar) {
    // undici never mutates what it is given, so one rendered request serves every send of this step.
    const cached = constantRequests.get(req);
    if (cached && cached.wire.keepBody === keepBody) return cached;
    const built = render(req, params, keepBody);
    if (built) constantRequests.set(req, built);
    return built;
  }
  return render(req, params, keepBody, jar, nowMs);
}

const constantRequests = new WeakMap<CompiledRequest, { wire: WireRequest; url: UrlParts }>();

function render(
  req: CompiledRequest,
  params: Params,
  keepBody: boolean,
  jar?: CookieJar,
  nowMs = 0,
): { wire: WireRequest; url: UrlParts } | undefined {
  const url = splitUrl(req.url.render(params));
  if (!url) return undefined;
  let path = url.path;
  if (req.query.length > 0) {
    const qs = req.query.map(([k, t]) => `${encodeURIComponent(k)}=${encodeURIComponent(t.render(params))}`).join("&");
    path += (path.includes("?") ? "&" : "?") + qs;
  }
  const headers = ["user-agent", USER_AGENT];
  if (req.contentType) headers.push("content-type", req.contentType);
  for (const [name, t] of req.headers) headers.push(name, t.render(params));
  if (jar) {
    const cookie = jar.header(
      { protocol: url.protocol, hostname: url.hostname, pathname: url.path.split("?", 1)[0]! },
      nowMs,
    );
    if (cookie) headers.push("cookie", cookie);
  }
  return {
    url,
    wire: {
      origin: url.origin,
      path,
      method: req.method,
      headers,
      body: req.body?.render(params),
      timeoutMs: req.timeoutMs,
      keepBody,
      keepBodyOnError: true,
    },
  };
}
