import type { TImportedRequest } from "@stampede/contracts";
import { replaceJsonLeaf } from "./json-leaves";
import { sentValues } from "./sent-values";

/** `${param}`, as templating reads it. */
export const reference = (param: string) => `\${${param}}`;

const replaceAll = (text: string, value: string, by: string) => text.split(value).join(by);

/** The path part of a URL (before `?` and `#`), and the rest. */
function splitUrl(url: string): { head: string; query: string; hash: string } {
  const hashAt = url.indexOf("#");
  const hash = hashAt === -1 ? "" : url.slice(hashAt);
  const rest = hashAt === -1 ? url : url.slice(0, hashAt);
  const q = rest.indexOf("?");
  return q === -1 ? { head: rest, query: "", hash } : { head: rest.slice(0, q), query: rest.slice(q + 1), hash };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** Path segments equal to the value (as sent, or percent-encoded) become the reference. */
function rewritePath(head: string, value: string, by: string): string {
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(head)?.[0] ?? "";
  const path = head.slice(origin.length);
  return (
    origin +
    path
      .split("/")
      .map((segment) => (decode(segment) === value ? by : segment))
      .join("/")
  );
}

/** The value inside query parameter `name` becomes the reference; other parameters stay byte for byte. */
function rewriteQuery(query: string, name: string, value: string, by: string): string {
  return query
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      if (eq === -1 || decode(pair.slice(0, eq)) !== name) return pair;
      const current = decode(pair.slice(eq + 1));
      return current.includes(value) ? `${pair.slice(0, eq + 1)}${replaceAll(current, value, by)}` : pair;
    })
    .join("&");
}

/**
 * The request with `value` replaced by `${param}` in one field, as findCorrelations and findSecrets name
 * fields: "url", "query <name>", "header <Name>", "body <JSONPath>", "form field <name>". Everything else is
 * left as it was.
 */
export function replaceInField(
  request: TImportedRequest,
  field: string,
  value: string,
  param: string,
): TImportedRequest {
  const by = reference(param);
  const [kind, ...rest] = field.split(" ");
  const name = rest.join(" ");
  if (field === "url") {
    const { head, query, hash } = splitUrl(request.url);
    return { ...request, url: rewritePath(head, value, by) + (query ? `?${query}` : "") + hash };
  }
  if (kind === "query") {
    const { head, query, hash } = splitUrl(request.url);
    return { ...request, url: `${head}?${rewriteQuery(query, name, value, by)}${hash}` };
  }
  if (kind === "header") {
    const headers = request.headers.map((h) => (h.name === name ? { ...h, value: replaceAll(h.value, value, by) } : h));
    return { ...request, headers };
  }
  if (kind === "body" && request.body.type === "json") {
    return { ...request, body: { type: "json", json: replaceJsonLeaf(request.body.json, name, param) } };
  }
  if (field.startsWith("form field ") && request.body.type === "form") {
    const formName = field.slice("form field ".length);
    const fields = request.body.fields.map((f) =>
      f.name === formName ? { ...f, value: replaceAll(f.value, value, by) } : f,
    );
    return { ...request, body: { type: "form", fields } };
  }
  return request;
}

/** The value a field holds in a request: the whole header (scheme included), else as sentValues reads it. */
export function fieldValue(request: TImportedRequest, field: string): string | undefined {
  if (field.startsWith("header ")) return request.headers.find((h) => h.name === field.slice("header ".length))?.value;
  return sentValues(request).find((s) => s.field === field)?.value;
}
