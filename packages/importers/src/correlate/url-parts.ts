/**
 * A request URL taken apart as text, not with `URL`: imported URLs may start with `${base}` and hold
 * `${param}` anywhere, which the URL parser would refuse or percent-encode.
 */
export interface UrlParts {
  /** `https://host:port` or a leading `${base}`; "" when neither. */
  origin: string;
  /** From the first `/` after the origin up to `?` or `#`. */
  path: string;
  /** Without the `?`; "" when there is none. */
  query: string;
  /** With its `#`; "" when there is none. */
  hash: string;
}

export function splitUrl(url: string): UrlParts {
  const hashAt = url.indexOf("#");
  const hash = hashAt === -1 ? "" : url.slice(hashAt);
  const rest = hashAt === -1 ? url : url.slice(0, hashAt);
  const q = rest.indexOf("?");
  const head = q === -1 ? rest : rest.slice(0, q);
  const origin = /^([a-z][a-z0-9+.-]*:\/\/[^/]*|\$\{[^}]+\})/i.exec(head)?.[0] ?? "";
  return { origin, path: head.slice(origin.length), query: q === -1 ? "" : rest.slice(q + 1), hash };
}

export function joinUrl({ origin, path, query, hash }: UrlParts): string {
  return `${origin}${path}${query ? `?${query}` : ""}${hash}`;
}

/** Percent-decoding that leaves text it cannot decode as it is. */
export function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** The query's name/value pairs, decoded, in order; a pair without `=` has an empty value. */
export function queryPairs(query: string): Array<[string, string]> {
  if (!query) return [];
  return query.split("&").map((pair) => {
    const eq = pair.indexOf("=");
    return eq === -1
      ? [decodeComponent(pair), ""]
      : [decodeComponent(pair.slice(0, eq)), decodeComponent(pair.slice(eq + 1))];
  });
}
