import { HTTP_METHODS, type TImportedRequest, type TKeyValue, type TRequestBody } from "@stampede/contracts";
import { fromJMeter } from "./functions";
import type { Scope } from "./scope";
import { boolProp, collection, describe, prop, type XmlElement } from "./xml";

/** Methods whose arguments JMeter sends in the query string rather than the body. */
const QUERY_METHODS = new Set(["GET", "HEAD", "DELETE", "OPTIONS"]);

/** Percent-encodes the literal parts of a value, leaving `${...}` references for the engine to render. */
const encode = (value: string) =>
  value
    .split(/(\$\{[^}]*\})/)
    .map((part) => (part.startsWith("${") ? part : encodeURIComponent(part)))
    .join("");

/** The sampler's address: its own protocol, server and port, else the HTTP Request Defaults in scope. */
function urlOf(sampler: XmlElement, scope: Scope, t: (v: string) => string): string {
  const own = (name: string) => prop(sampler, `HTTPSampler.${name}`)?.trim() || scope.defaults[name] || "";
  const path = t(own("path"));
  if (/^https?:\/\//i.test(path)) return path;
  const port = t(own("port"));
  const protocol = t(own("protocol")) || (port === "443" ? "https" : "http");
  const domain = t(own("domain"));
  const host = domain ? `${domain}${port ? `:${port}` : ""}` : "${host}";
  return `${protocol}://${host}${path.startsWith("/") || !path ? path : `/${path}`}`;
}

function bodyOf(raw: boolean, args: TKeyValue[], contentType: string | undefined, method: string): TRequestBody {
  if (raw) {
    const text = args.map((a) => a.value).join("");
    if (!text) return { type: "none" };
    const json = /json/i.test(contentType ?? "") || (!contentType && /^\s*[[{]/.test(text));
    return json ? { type: "json", json: text } : { type: "raw", text, contentType: contentType ?? "text/plain" };
  }
  if (QUERY_METHODS.has(method) || !args.length) return { type: "none" };
  return { type: "form", fields: args };
}

/** An HTTP Request sampler, with the headers, rules and timers in its scope → a request (or a note). */
export function readSampler(
  sampler: XmlElement,
  scope: Scope,
  noted: Set<string>,
): Omit<TImportedRequest, "index"> | string {
  const t = (value: string) => fromJMeter(value, noted);
  const method = (prop(sampler, "HTTPSampler.method")?.trim() || "GET").toUpperCase();
  if (!(HTTP_METHODS as readonly string[]).includes(method))
    return `${describe(sampler)}: method ${method} is not supported`;
  const args = collection(sampler, "Arguments.arguments")
    .filter((a) => a.attrs.enabled !== "false")
    .map((a) => ({ name: t(prop(a, "Argument.name") ?? ""), value: t(prop(a, "Argument.value") ?? "") }));
  const raw = boolProp(sampler, "HTTPSampler.postBodyRaw");
  const headers = scope.headers.map((h) => ({ name: t(h.name), value: t(h.value) }));
  const contentType = headers.find((h) => /^content-type$/i.test(h.name))?.value;
  const body = bodyOf(raw, args, contentType, method);
  let url = urlOf(sampler, scope, t);
  if (!raw && QUERY_METHODS.has(method) && args.length) {
    const qs = args.filter((a) => a.name).map((a) => `${encode(a.name)}=${encode(a.value)}`);
    url += (url.includes("?") ? "&" : "?") + qs.join("&");
  }
  if (collection(sampler, "HTTPFileArgs.files").length) noted.add("file uploads are not imported");
  if (boolProp(sampler, "HTTPSampler.DO_MULTIPART_POST"))
    noted.add("multipart is not supported; sent as a urlencoded form");
  return {
    where: `line ${sampler.line}`,
    ...(scope.group ? { group: scope.group } : {}),
    name: (sampler.attrs.testname || `${method} ${url}`).slice(0, 120),
    method: method as TImportedRequest["method"],
    url,
    // The body carries its Content-Type and the engine sends it; a header of its own would send it twice.
    headers: body.type === "none" ? headers : headers.filter((h) => !/^content-type$/i.test(h.name)),
    body,
    outputs: scope.outputs,
    checks: scope.checks,
    isStatic: false,
    ...(scope.thinkMs ? { thinkMsBefore: scope.thinkMs } : {}),
  };
}
