import type { TKeyValue } from "@stampede/contracts";

/**
 * Headers a recorded request carried that the scenario must not send as written:
 * - HTTP/2 pseudo-headers (`:authority`, `:method`, ...) are not headers at all on HTTP/1.1;
 * - hop-by-hop and computed ones (host, content-length, connection, ...) are set by the HTTP client for
 *   each send; a recorded content-length would be wrong as soon as a body is templated;
 * - accept-encoding: the engine reads bodies as sent, so it does not ask for compression;
 * - expect: the HTTP client does not do 100-continue and refuses the header;
 * - content-type when the body carries its own (json, form, raw with a type): the engine sets it from the body.
 */
const DROPPED = new Set([
  "host",
  "content-length",
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "accept-encoding",
  "expect", // the HTTP client refuses it (no 100-continue)
]);

/** The headers of a recorded request that a scenario step should send. */
export function importableHeaders(headers: TKeyValue[], bodyHasType: boolean): TKeyValue[] {
  return headers.filter((h) => {
    const name = h.name.toLowerCase();
    if (name === "" || name.startsWith(":") || DROPPED.has(name)) return false;
    return !(bodyHasType && name === "content-type");
  });
}

/** The value of a header, by name in any case. */
export function headerValue(headers: TKeyValue[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower)?.value;
}
