import type { TDebugResponse, TDebugSentRequest } from "@stampede/contracts";
import type { WireRequest, WireResponse } from "../http/send";

/** Bodies shown by the debugger are cut here (bytes): enough to read any API answer, not a download. */
export const DEBUG_BODY_LIMIT = 64 * 1024;

/** Text cut at `limit` characters with an ellipsis, for explanations that quote a body or header. */
export function excerpt(text: string, limit = 300): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** The body as text, cut at DEBUG_BODY_LIMIT bytes. */
function cut(body: string | Buffer): { text: string; truncated: boolean } {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  if (bytes.length <= DEBUG_BODY_LIMIT) return { text: bytes.toString("utf8"), truncated: false };
  return { text: bytes.subarray(0, DEBUG_BODY_LIMIT).toString("utf8"), truncated: true };
}

/** The request as it went on the wire, unmasked: the debugger shows a person their own values. */
export function describeRequest(wire: WireRequest): TDebugSentRequest {
  const headers: Array<[string, string]> = [];
  for (let i = 0; i + 1 < wire.headers.length; i += 2) headers.push([wire.headers[i]!, wire.headers[i + 1]!]);
  const body = wire.body === undefined ? undefined : cut(wire.body);
  return {
    method: wire.method,
    url: wire.origin + wire.path,
    headers,
    body: body?.text,
    bodyTruncated: body?.truncated ?? false,
  };
}

/** The response headers as [name, value] pairs, a repeated header once per value. */
export function headerPairs(headers: WireResponse["headers"]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v]);
  }
  return pairs;
}

/** The response as the debugger reports it; undefined when none arrived. */
export function describeResponse(res: WireResponse): TDebugResponse | undefined {
  if (res.error) return undefined;
  const body = cut(res.body ?? "");
  return {
    status: res.status,
    headers: headerPairs(res.headers),
    body: body.text,
    bodyBytes: res.body?.length ?? 0,
    bodyTruncated: body.truncated,
    latencyMs: Math.round(res.latencyUs) / 1000,
  };
}

/** A transport error in words: undici's message and its code. */
export function errorMessage(error: unknown): string {
  const e = error as { message?: string; code?: string };
  const message = e.message || String(error);
  return e.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}
