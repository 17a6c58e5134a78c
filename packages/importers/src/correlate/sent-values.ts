import type { TImportedRequest } from "@stampede/contracts";
import { jsonLeaves, tryParseJson } from "./json-leaves";

/** Where in a request a value is sent; `field` is what the preview shows ("query appid", "header Authorization"). */
export interface SentValue {
  field: string;
  part: "url" | "query" | "header" | "body-json" | "form";
  /** The query parameter, header or form field name; the JSONPath for a JSON body leaf; "" for the path. */
  name: string;
  /** The value as sent; for `Authorization: Bearer <t>` the credential alone. */
  value: string;
}

// Headers a browser or client sets by itself, or the cookie jar handles: never where an app sends its values.
const IGNORED_HEADERS = new Set([
  "host",
  "content-type",
  "content-length",
  "user-agent",
  "accept",
  "accept-language",
  "accept-encoding",
  "referer",
  "origin",
  "cookie",
  "connection",
  "cache-control",
  "pragma",
]);

const SCHEME = /^(Bearer|Token|Basic|MAC)\s+(\S+)\s*$/i;

/** The credential of an `Authorization: Bearer <t>`-like value, or the whole value. */
export function headerCredential(value: string): string {
  return SCHEME.exec(value)?.[2] ?? value;
}

/** Everything a request sends that an app could have got from an earlier response, in a stable order. */
export function sentValues(request: TImportedRequest): SentValue[] {
  const sent: SentValue[] = [];
  let url: URL | undefined;
  try {
    url = new URL(request.url);
  } catch {
    // A URL that starts with a reference (`${base}/x`) is not parsed here; its parts were never recorded values.
  }
  if (url) {
    for (const segment of url.pathname.split("/")) {
      if (segment) sent.push({ field: "url", part: "url", name: "", value: safeDecode(segment) });
    }
    for (const [name, value] of url.searchParams) sent.push({ field: `query ${name}`, part: "query", name, value });
  }
  for (const header of request.headers) {
    const lower = header.name.toLowerCase();
    if (IGNORED_HEADERS.has(lower) || lower.startsWith("sec-")) continue;
    sent.push({
      field: `header ${header.name}`,
      part: "header",
      name: header.name,
      value: headerCredential(header.value),
    });
  }
  const body = request.body;
  if (body.type === "json") {
    for (const leaf of jsonLeaves(tryParseJson(body.json))) {
      sent.push({ field: `body ${leaf.path}`, part: "body-json", name: leaf.path, value: String(leaf.value) });
    }
  } else if (body.type === "form") {
    for (const f of body.fields)
      sent.push({ field: `form field ${f.name}`, part: "form", name: f.name, value: f.value });
  }
  return sent;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
