import type { UrlParts } from "./build-request";

/**
 * A request that cannot be sent as rendered. Nothing goes on the wire: the run counts an `invalid_request`
 * for the step and skips the rest of the iteration. The message says what is wrong, for the sampled log
 * and the debugger.
 */
export class InvalidRequestError extends Error {
  override readonly name = "InvalidRequestError";
}

// undici's own rules (core/request.js), checked before dispatch so that a refused request is never
// counted as sent: a path holds bytes 0x21-0xff only; a header value no control character but tab and
// nothing above U+00FF; a header name is an HTTP token.
const BAD_PATH_CHAR = /[^\u0021-\u00ff]/;
const BAD_HEADER_CHAR = /[^\t\x20-\x7e\x80-\xff]/;
const HTTP_TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

/** Origins already parsed fine; a templated host is usually one of a few. Bounded, so it cannot grow. */
const goodOrigins = new Set<string>();

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

function describeChar(c: string): string {
  const code = c.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (c === " ") return "a space";
  if (c === "\r" || c === "\n") return "CR/LF";
  if (code === 0) return "a NUL byte";
  if (code < 0x20 || code === 0x7f) return `a control character (${hex})`;
  return `"${c}" (${hex}), above U+00FF`;
}

/** Why a rendered URL is not an absolute http(s) URL. */
export function notHttpUrl(rendered: string): string {
  return `rendered URL is not valid: "${excerpt(rendered)}" is not an absolute http(s) URL`;
}

/** What undici would refuse in a split URL; undefined when it can be sent. */
export function urlProblem(url: UrlParts): string | undefined {
  const bad = BAD_PATH_CHAR.exec(url.path);
  if (bad) {
    const where = url.origin.length + bad.index + 1;
    return `rendered URL is not valid: it contains ${describeChar(bad[0])} at character ${where} (percent-encode it, or pass it as a query parameter): "${excerpt(url.origin + url.path)}"`;
  }
  if (goodOrigins.has(url.origin)) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.origin);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.pathname !== "/" || parsed.search !== "" || parsed.hash !== "") {
    return `rendered URL is not valid: its host part "${excerpt(url.origin)}" is not a host name with an optional port`;
  }
  if (goodOrigins.size >= 1024) goodOrigins.clear();
  goodOrigins.add(url.origin);
  return undefined;
}

/** What undici would refuse in a flat [name, value, ...] header list, from index `from` on. */
export function headersProblem(headers: string[], from = 0): string | undefined {
  for (let i = from; i + 1 < headers.length; i += 2) {
    const bad = BAD_HEADER_CHAR.exec(headers[i + 1]!);
    if (bad) return `header "${headers[i]}" contains ${describeChar(bad[0])}`;
  }
  return undefined;
}

/** A header name that is not an HTTP token (a space, a colon, a non-ASCII letter, ...). */
export function headerNamesProblem(names: Iterable<string>): string | undefined {
  for (const name of names)
    if (!HTTP_TOKEN.test(name)) return `header name "${excerpt(name)}" is not a valid HTTP header name`;
  return undefined;
}
