import type { Dispatcher } from "undici";

/** A request ready for the wire; headers are a flat [name, value, ...] list, as undici takes them fastest. */
export interface WireRequest {
  origin: string;
  path: string;
  method: Dispatcher.HttpMethod;
  headers: string[];
  body: string | Buffer | undefined;
  timeoutMs: number;
  /** Keep the body bytes (an extractor reads them); otherwise they are only counted. */
  keepBody: boolean;
  /** Keep the body of an error answer (>= 400) too, for the sampled request log. */
  keepBodyOnError?: boolean;
}

/** What came back: status 0 with `error` when no response arrived. */
export interface WireResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | undefined;
  bytesReceived: number;
  /** Set-Cookie values, picked out cheaply so the cookie jar never forces a full header decode. */
  setCookie: string[] | undefined;
  error: unknown;
}

function setCookiesOf(raw: Buffer[] | undefined): string[] | undefined {
  if (!raw) return undefined;
  let found: string[] | undefined;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 10 && name.toString("latin1").toLowerCase() === "set-cookie") {
      (found ??= []).push(raw[i + 1]!.toString("latin1"));
    }
  }
  return found;
}

const EMPTY_HEADERS: Record<string, string | string[] | undefined> = {};

/** Bytes a request puts on the wire: request line, headers and body (the Host line is approximated). */
export function requestSize(req: WireRequest): number {
  let size = req.method.length + req.path.length + 11 + req.origin.length + 8;
  for (const h of req.headers) size += h.length + 2;
  if (req.body !== undefined) size += typeof req.body === "string" ? Buffer.byteLength(req.body) : req.body.length;
  return size;
}

/** Response headers arrive raw ([name, value, ...] buffers); they are decoded only when read. */
function decodeHeaders(raw: Buffer[]): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toString("latin1").toLowerCase();
    const value = raw[i + 1]!.toString("latin1");
    const prev = out[name];
    if (prev === undefined) out[name] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else out[name] = [prev, value];
  }
  return out;
}

/**
 * Sends one request through undici's `dispatch()` — the lowest-overhead entry point; `fetch()` costs
 * several times more CPU per request. Never rejects: failures come back as `error`.
 */
export function send(dispatcher: Dispatcher, req: WireRequest): Promise<WireResponse> {
  return new Promise((resolve) => {
    let status = 0;
    let rawHeaders: Buffer[] | undefined;
    let received = 0;
    let chunks: Buffer[] | undefined;
    let done = false;
    const finish = (error: unknown) => {
      if (done) return;
      done = true;
      const body = chunks ? (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)) : undefined;
      let headers: Record<string, string | string[] | undefined> | undefined;
      resolve({
        status: error ? 0 : status,
        get headers() {
          return (headers ??= rawHeaders ? decodeHeaders(rawHeaders) : EMPTY_HEADERS);
        },
        body,
        bytesReceived: received,
        get setCookie() {
          return setCookiesOf(rawHeaders);
        },
        error,
      });
    };
    try {
      dispatcher.dispatch(
        {
          origin: req.origin,
          path: req.path,
          method: req.method,
          headers: req.headers,
          body: req.body ?? null,
          headersTimeout: req.timeoutMs,
          bodyTimeout: req.timeoutMs,
        },
        {
          onConnect() {},
          onHeaders(statusCode, headers, _resume, statusText) {
            // 1xx informational responses come first; the final status replaces them.
            status = statusCode;
            rawHeaders = headers;
            received += 15 + statusText.length;
            for (const h of headers) received += h.length + 2;
            if (req.keepBody || (req.keepBodyOnError && statusCode >= 400)) chunks = [];
            return true;
          },
          onData(chunk) {
            received += chunk.length;
            chunks?.push(chunk);
            return true;
          },
          onComplete() {
            finish(undefined);
          },
          onError(error) {
            finish(error);
          },
        },
      );
    } catch (error) {
      finish(error);
    }
  });
}
