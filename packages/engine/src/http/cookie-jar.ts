/** Where a request goes, as the jar matches it: a URL, or its parts split once by the caller (hostname lowercase). */
export interface CookieTarget {
  protocol: string;
  hostname: string;
  pathname: string;
}

interface StoredCookie {
  name: string;
  value: string;
  path: string;
  /** Sent to the exact host only (no Domain attribute). */
  hostOnly: boolean;
  secure: boolean;
  /** Epoch ms; Infinity for a session cookie. */
  expires: number;
  /** Order of creation, kept when a cookie is replaced (RFC 6265 §5.3 step 11.3). */
  created: number;
}

interface ParsedCookie {
  name: string;
  value: string;
  domain: string | undefined;
  path: string | undefined;
  secure: boolean;
  expires: number;
}

/** Browsers keep about this many per domain; a server minting a new cookie name per response cannot grow a VU without bound. */
const MAX_PER_DOMAIN = 180;

/**
 * A per-VU cookie jar, RFC 6265 without the public suffix list: host-only and Domain cookies, Path,
 * Expires/Max-Age, Secure. HttpOnly and SameSite do not apply to a load generator and are ignored.
 */
export class CookieJar {
  /** Cookies by the domain they belong to (the host itself for host-only ones), oldest first. */
  private readonly byDomain = new Map<string, StoredCookie[]>();
  private seq = 0;

  /** False until a cookie is stored, so requests of VUs without cookies skip the lookup entirely. */
  hasCookies(): boolean {
    return this.byDomain.size > 0;
  }

  /** Takes the Set-Cookie header(s) of a response to a request for `url`. */
  store(url: CookieTarget, setCookie: string | string[] | undefined, now: number): void {
    if (setCookie === undefined) return;
    if (typeof setCookie === "string") this.storeOne(url, setCookie, now);
    else for (const line of setCookie) this.storeOne(url, line, now);
  }

  /** The Cookie header for a request to `url`, or undefined when no cookie applies. */
  header(url: CookieTarget, now: number): string | undefined {
    if (this.byDomain.size === 0) return undefined;
    const host = url.hostname;
    const path = url.pathname || "/";
    const https = url.protocol === "https:";
    let matched: StoredCookie[] | undefined;
    // The host and each parent domain: a.b.example.com, b.example.com, example.com, com.
    for (let domain = host; ;) {
      const list = this.byDomain.get(domain);
      if (list !== undefined) {
        for (let i = 0; i < list.length; i++) {
          const c = list[i]!;
          if (c.expires <= now) list.splice(i--, 1);
          else if ((c.hostOnly && domain !== host) || (c.secure && !https) || !pathMatches(path, c.path)) continue;
          else (matched ??= []).push(c);
        }
        if (list.length === 0) this.byDomain.delete(domain);
      }
      const dot = domain.indexOf(".");
      if (dot === -1) break;
      domain = domain.slice(dot + 1);
    }
    if (matched === undefined) return undefined;
    // RFC 6265 §5.4: longer paths first, then older cookies first.
    if (matched.length > 1) matched.sort((a, b) => b.path.length - a.path.length || a.created - b.created);
    let out = `${matched[0]!.name}=${matched[0]!.value}`;
    for (let i = 1; i < matched.length; i++) out += `; ${matched[i]!.name}=${matched[i]!.value}`;
    return out;
  }

  private storeOne(url: CookieTarget, line: string, now: number): void {
    const cookie = parseSetCookie(line, now);
    if (cookie === undefined) return;
    const host = url.hostname;
    let domain = host;
    let hostOnly = true;
    if (cookie.domain !== undefined && cookie.domain !== host) {
      // Domain must be a parent of the host; a single label ("com") stands in for the public suffix list.
      const parent = host.endsWith(`.${cookie.domain}`) && cookie.domain.includes(".") && !isIpAddress(host);
      if (!parent) return;
      domain = cookie.domain;
      hostOnly = false;
    } else if (cookie.domain !== undefined) {
      hostOnly = false;
    }
    const path = cookie.path ?? defaultPath(url.pathname);

    let list = this.byDomain.get(domain);
    const index = list ? list.findIndex((c) => c.name === cookie.name && c.path === path) : -1;
    if (cookie.expires <= now) {
      if (index !== -1) list!.splice(index, 1);
      if (list?.length === 0) this.byDomain.delete(domain);
      return;
    }
    const created = index === -1 ? this.seq++ : list![index]!.created;
    const stored: StoredCookie = {
      name: cookie.name,
      value: cookie.value,
      path,
      hostOnly,
      secure: cookie.secure,
      expires: cookie.expires,
      created,
    };
    if (index !== -1) {
      list![index] = stored;
      return;
    }
    if (list === undefined) this.byDomain.set(domain, (list = []));
    list.push(stored);
    if (list.length > MAX_PER_DOMAIN) list.shift();
  }
}

/** RFC 6265 §5.2; undefined for a line to ignore (no "=" or an empty name). */
function parseSetCookie(line: string, now: number): ParsedCookie | undefined {
  const semi = line.indexOf(";");
  const pair = semi === -1 ? line : line.slice(0, semi);
  const eq = pair.indexOf("=");
  if (eq === -1) return undefined;
  const name = pair.slice(0, eq).trim();
  if (name === "") return undefined;
  const cookie: ParsedCookie = {
    name,
    value: pair.slice(eq + 1).trim(),
    domain: undefined,
    path: undefined,
    secure: false,
    expires: Infinity,
  };
  if (semi === -1) return cookie;

  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const av of line.slice(semi + 1).split(";")) {
    const avEq = av.indexOf("=");
    const key = (avEq === -1 ? av : av.slice(0, avEq)).trim().toLowerCase();
    const value = avEq === -1 ? "" : av.slice(avEq + 1).trim();
    if (key === "max-age") {
      if (/^-?[0-9]+$/.test(value)) maxAge = Number(value);
    } else if (key === "expires") {
      const at = Date.parse(value);
      if (!Number.isNaN(at)) expires = at;
    } else if (key === "domain") {
      if (value !== "") cookie.domain = (value.startsWith(".") ? value.slice(1) : value).toLowerCase();
    } else if (key === "path") {
      cookie.path = value.startsWith("/") ? value : undefined;
    } else if (key === "secure") {
      cookie.secure = true;
    }
  }
  // Max-Age wins over Expires; zero or negative means "delete now".
  if (maxAge !== undefined) cookie.expires = maxAge <= 0 ? -Infinity : now + maxAge * 1000;
  else if (expires !== undefined) cookie.expires = expires;
  return cookie;
}

/** RFC 6265 §5.1.4: the directory of the request path. */
function defaultPath(pathname: string): string {
  if (!pathname.startsWith("/")) return "/";
  const last = pathname.lastIndexOf("/");
  return last === 0 ? "/" : pathname.slice(0, last);
}

/** RFC 6265 §5.1.4: /a matches /a, /a/ and /a/b, not /ab. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath.charCodeAt(cookiePath.length) === 0x2f;
}

/** The WHATWG URL parser reads a host whose last label is a number as IPv4; IPv6 comes in brackets. */
function isIpAddress(host: string): boolean {
  return host.startsWith("[") || /(^|\.)(0x[0-9a-f]*|[0-9]+)\.?$/i.test(host);
}
