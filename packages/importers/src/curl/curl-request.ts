import { HTTP_METHODS, type TImportedRequest, type TKeyValue, type TRequestBody } from "@stampede/contracts";
import { bodyFromText } from "../preview/request-body";
import { headerValue, importableHeaders } from "../preview/request-headers";
import { requestName } from "../preview/request-name";
import type { CurlCommand } from "./curl-command";

type Method = (typeof HTTP_METHODS)[number];

/** A request from a curl command, or why it cannot be one (a note's message). */
export function curlCommandToRequest(cmd: CurlCommand, index: number): TImportedRequest | { skipped: string } {
  const [first, ...extra] = cmd.urls;
  if (!first) return { skipped: "no URL in this curl command; not imported" };
  for (const word of extra)
    cmd.notes.push({ line: word.line, message: `extra argument "${word.value}" is not imported` });
  const url = absoluteUrl(first.value, cmd.dataInQuery ? cmd.data.join("&") : "");
  if (!url) return { skipped: `"${first.value}" is not an http(s) URL; not imported` };

  const method = cmd.method ?? (cmd.head ? "HEAD" : cmd.data.length > 0 && !cmd.dataInQuery ? "POST" : "GET");
  if (!(HTTP_METHODS as readonly string[]).includes(method)) {
    return { skipped: `method ${method} is not imported (supported: ${HTTP_METHODS.join(", ")})` };
  }
  const headers = withJsonHeaders(cmd);
  const body = cmd.dataInQuery ? ({ type: "none" } as const) : bodyOf(cmd.data, headers);
  return {
    index,
    where: `line ${cmd.line}`,
    name: requestName(method, url),
    method: method as Method,
    url,
    headers: importableHeaders(headers, body.type !== "none"),
    body,
    followRedirects: cmd.followRedirects || undefined,
    outputs: [],
    checks: [],
    isStatic: false,
  };
}

/** curl's reading of a URL: no scheme means http://; -G data is appended to the query. */
function absoluteUrl(raw: string, query: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (query === "") return withScheme;
  return `${withScheme}${withScheme.includes("?") ? "&" : "?"}${query}`;
}

/** --json sets both content type and accept to JSON, unless the command sets them itself. */
function withJsonHeaders(cmd: CurlCommand): TKeyValue[] {
  if (!cmd.json) return cmd.headers;
  const added = [
    ...(headerValue(cmd.headers, "content-type") === undefined
      ? [{ name: "Content-Type", value: "application/json" }]
      : []),
    ...(headerValue(cmd.headers, "accept") === undefined ? [{ name: "Accept", value: "application/json" }] : []),
  ];
  return [...cmd.headers, ...added];
}

/** curl sends -d data joined with & as application/x-www-form-urlencoded unless a Content-Type says otherwise. */
function bodyOf(data: string[], headers: TKeyValue[]): TRequestBody {
  if (data.length === 0) return { type: "none" };
  const contentType = headerValue(headers, "content-type") ?? "application/x-www-form-urlencoded";
  return bodyFromText(data.join("&"), contentType);
}
