import type { TCapturedBody, THeader, TRecordedExchange } from "./exchange";

/** The parts of HAR 1.2 the recorder writes (http://www.softwareishard.com/blog/har-12-spec/). */
export interface THar {
  log: {
    version: "1.2";
    creator: { name: string; version: string };
    pages: [];
    entries: THarEntry[];
  };
}

/** One HAR entry: a request, its response and its timings. */
export interface THarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: [];
    headers: THeader[];
    queryString: THeader[];
    postData?: { mimeType: string; text: string; comment?: string };
    headersSize: -1;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: [];
    headers: THeader[];
    content: { size: number; mimeType: string; text?: string; comment?: string };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
    comment?: string;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
}

/** The exchanges as a HAR 1.2 document, in the order the requests started. */
export function toHar(exchanges: readonly TRecordedExchange[], version = "0.1.0"): THar {
  const ordered = [...exchanges].sort((a, b) => a.startedAtMs - b.startedAtMs || a.seq - b.seq);
  return {
    log: {
      version: "1.2",
      creator: { name: "Stampede recorder", version },
      pages: [],
      entries: ordered.map(toEntry),
    },
  };
}

function toEntry(exchange: TRecordedExchange): THarEntry {
  const { request, response } = exchange;
  const time = Math.max(0, Math.round(exchange.durationMs * 1000) / 1000);
  return {
    startedDateTime: new Date(exchange.startedAtMs).toISOString(),
    time,
    request: {
      method: request.method,
      url: request.url,
      httpVersion: request.httpVersion,
      cookies: [],
      headers: request.headers,
      queryString: queryOf(request.url),
      ...(request.body && request.body.size > 0 ? { postData: postData(request.body) } : {}),
      headersSize: -1,
      bodySize: request.body?.size ?? 0,
    },
    response: response
      ? {
          status: response.status,
          statusText: response.statusText,
          httpVersion: response.httpVersion,
          cookies: [],
          headers: response.headers,
          content: content(response.body),
          redirectURL: response.headers.find((h) => h.name.toLowerCase() === "location")?.value ?? "",
          headersSize: -1,
          bodySize: response.body.size,
        }
      : noResponse(exchange.error ?? "no response"),
    cache: {},
    // The proxy sees one span per exchange; HAR needs the three phases, so all of it counts as waiting.
    timings: { send: 0, wait: time, receive: 0 },
  };
}

function postData(body: TCapturedBody): NonNullable<THarEntry["request"]["postData"]> {
  const mimeType = body.mimeType || "application/octet-stream";
  if (body.text !== undefined) return { mimeType, text: body.text };
  return { mimeType, text: "", comment: `body not kept: ${body.omitted ?? "binary"} (${body.size} bytes)` };
}

function content(body: TCapturedBody): THarEntry["response"]["content"] {
  const base = { size: body.size, mimeType: body.mimeType || "x-unknown" };
  if (body.text !== undefined) return { ...base, text: body.text };
  return { ...base, comment: `body not kept: ${body.omitted ?? "binary"}` };
}

/** HAR's convention for a request that got no response: status 0. */
function noResponse(reason: string): THarEntry["response"] {
  return {
    status: 0,
    statusText: "",
    httpVersion: "",
    cookies: [],
    headers: [],
    content: { size: 0, mimeType: "x-unknown" },
    redirectURL: "",
    headersSize: -1,
    bodySize: -1,
    comment: reason,
  };
}

function queryOf(url: string): THeader[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}
