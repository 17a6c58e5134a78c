import type { TImportedResponse, TOutputParam } from "@stampede/contracts";
import { jsonLeaves, tryParseJson } from "./json-leaves";
import { LIFETIME_KEYS, isDistinctive } from "./value-rules";

/** A value a response returned, and how an output parameter would read it there. */
export interface ReturnedValue {
  value: string;
  /** The JSON key or header name it came under: the basis of the parameter's name and kind. */
  name: string;
  /** Absent for a cookie: the cookie jar sends those back, nothing to propose. */
  read?: Pick<TOutputParam, "source" | "expression">;
  /** A JSONPath to the token's lifetime in seconds, when a sibling field gives it. */
  lifetimePath?: string;
}

// Response headers the protocol or the server sets: never an app's handle to pass on.
const STANDARD_RESPONSE_HEADERS = new Set([
  "date",
  "server",
  "content-type",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "vary",
  "cache-control",
  "expires",
  "last-modified",
  "age",
  "via",
  "accept-ranges",
  "location",
  "pragma",
  "strict-transport-security",
  "x-powered-by",
  "alt-svc",
]);

function siblingLifetime(parent: Record<string, unknown> | undefined, tokenPath: string): string | undefined {
  if (!parent || /\[\d+\]$/.test(tokenPath)) return undefined;
  const key = LIFETIME_KEYS.find((k) => typeof parent[k] === "number" || /^\d+$/.test(String(parent[k] ?? "")));
  if (!key) return undefined;
  // The sibling sits where the token does: same path up to the last member.
  return tokenPath.replace(/(\.[^.[]+|\['(?:[^'\\]|\\.)*'\])$/, "") + `.${key}`;
}

/** The distinctive values of one response: JSON body leaves, non-standard headers, Set-Cookie values. */
export function returnedValues(response: TImportedResponse): ReturnedValue[] {
  const found: ReturnedValue[] = [];
  for (const leaf of jsonLeaves(tryParseJson(response.bodyText))) {
    const value = String(leaf.value);
    if (!isDistinctive(value)) continue;
    const read = { source: "body-json" as const, expression: leaf.path };
    found.push({ value, name: leaf.key, read, lifetimePath: siblingLifetime(leaf.parent, leaf.path) });
  }
  for (const header of response.headers) {
    const lower = header.name.toLowerCase();
    if (lower === "set-cookie") {
      const cookie = /^\s*([^=;]+)=([^;]*)/.exec(header.value);
      if (cookie && isDistinctive(cookie[2]!)) found.push({ value: cookie[2]!, name: cookie[1]!.trim() });
    } else if (
      !STANDARD_RESPONSE_HEADERS.has(lower) &&
      !lower.startsWith("access-control-") &&
      isDistinctive(header.value)
    ) {
      found.push({ value: header.value, name: header.name, read: { source: "header", expression: header.name } });
    }
  }
  return found;
}
