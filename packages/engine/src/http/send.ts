import type { TRequestTimings } from "@stampede/contracts";
import type { Dispatcher } from "undici";
import type { UrlParts } from "./build-request";
import { type ConnectTimings, takeFreshConnection } from "./connection-timings";

/**
 * A request ready for the wire, and at the same time undici's dispatch options (one object per send, not
 * two). Headers are a flat [name, value, ...] list, as undici takes them fastest.
 */
export interface WireRequest {
  /** The URL it was rendered from, split; `path` includes the query. */
  url: UrlParts;
  origin: string;
  path: string;
  method: Dispatcher.HttpMethod;
  headers: string[];
  body: string | Buffer | undefined;
  headersTimeout: number;
  bodyTimeout: number;
  /** Keep the body bytes (an extractor reads them); otherwise they are only counted. */
  keepBody: boolean;
  /** Keep the body of an error answer (>= 400) too, for the sampled request log. */
  keepBodyOnError?: boolean;
  /** Cached by requestSize(). */
  size: number | undefined;
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
  /** From dispatch to the end of the response (or the error), in microseconds. */
  latencyUs: number;
  /** Where the time went; undefined when the request never reached a connection. Computed when read. */
  timings?(): TRequestTimings | undefined;
}

/** ms with 3 decimals: a microsecond is as fine as a waterfall needs. */
const ms = (value: number) => Math.round(Math.max(0, value) * 1000) / 1000;

function setCookiesOf(raw: Buffer[] | undefined): string[] | undefined {
  if (!raw) return undefined;
  let found: string[] | undefined;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!;
    // 0x73/0x53: "s"/"S" — most 10-letter names ("connection", "keep-alive") are ruled out without decoding.
    if (
      name.length === 10 &&
      (name[0] === 0x73 || name[0] === 0x53) &&
      name.toString("latin1").toLowerCase() === "set-cookie"
    ) {
      (found ??= []).push(raw[i + 1]!.toString("latin1"));
    }
  }
  return found;
}

const EMPTY_HEADERS: Record<string, string | string[] | undefined> = {};

/** Bytes a request puts on the wire: request line, headers and body (the Host line is approximated). */
export function requestSize(req: WireRequest): number {
  if (req.size !== undefined) return req.size;
  let size = req.method.length + req.path.length + 11 + req.origin.length + 8;
  for (const h of req.headers) size += h.length + 2;
  if (req.body !== undefined) size += typeof req.body === "string" ? Buffer.byteLength(req.body) : req.body.length;
  return (req.size = size);
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
 * One request in flight: undici's dispatch handler, and then the response itself — one object per request,
 * methods and getters on the prototype, no closures. At tens of thousands of requests a second every
 * allocation saved is garbage the collector does not chase.
 */
class Exchange implements Dispatcher.DispatchHandler, WireResponse {
  status = 0;
  body: Buffer | undefined = undefined;
  bytesReceived = 0;
  error: unknown = undefined;
  latencyUs = 0;
  private readonly startedAt: number;
  // Moments of the exchange (ms on `hrtime`, -1 until reached): a handful of clock reads per request, turned
  // into phases only when the request is sampled (see timings()).
  private connectedAt = -1;
  private sentAt = -1;
  private firstByteAt = -1;
  private opened: ConnectTimings | undefined = undefined;
  private rawHeaders: Buffer[] | undefined;
  private chunks: Buffer[] | undefined;
  private done = false;
  private decoded: Record<string, string | string[] | undefined> | undefined;

  constructor(
    private readonly req: WireRequest,
    private readonly resolve: (res: WireResponse) => void,
    private readonly hrtime: () => number,
  ) {
    this.startedAt = hrtime();
  }

  get headers(): Record<string, string | string[] | undefined> {
    return (this.decoded ??= this.rawHeaders ? decodeHeaders(this.rawHeaders) : EMPTY_HEADERS);
  }

  get setCookie(): string[] | undefined {
    return setCookiesOf(this.rawHeaders);
  }

  onConnect() {
    this.connectedAt = this.hrtime();
    this.opened = takeFreshConnection();
  }

  onRequestSent() {
    this.sentAt = this.hrtime();
  }

  onResponseStarted() {
    if (this.firstByteAt < 0) this.firstByteAt = this.hrtime();
  }

  timings(): TRequestTimings | undefined {
    if (this.connectedAt < 0) return undefined;
    const opened = this.opened;
    const end = this.startedAt + this.latencyUs / 1000;
    const setup = opened ? opened.dns + opened.connect + opened.tls : 0;
    const sent = this.sentAt < 0 ? this.connectedAt : this.sentAt;
    const firstByte = this.firstByteAt < 0 ? end : this.firstByteAt;
    return {
      blocked: ms(this.connectedAt - this.startedAt - setup),
      dns: ms(opened?.dns ?? 0),
      connect: ms(opened?.connect ?? 0),
      tls: ms(opened?.tls ?? 0),
      send: ms(sent - this.connectedAt),
      wait: ms(firstByte - sent),
      receive: ms(end - firstByte),
      reused: opened === undefined,
    };
  }

  onHeaders(statusCode: number, headers: Buffer[], _resume: () => void, statusText: string): boolean {
    // 1xx informational responses come first; the final status replaces them.
    this.status = statusCode;
    this.rawHeaders = headers;
    let received = 15 + statusText.length;
    for (let i = 0; i < headers.length; i++) received += headers[i]!.length + 2;
    this.bytesReceived += received;
    if (this.req.keepBody || (this.req.keepBodyOnError && statusCode >= 400)) this.chunks = [];
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.bytesReceived += chunk.length;
    this.chunks?.push(chunk);
    return true;
  }

  onComplete() {
    this.finish(undefined);
  }

  onError(error: Error) {
    this.finish(error);
  }

  finish(error: unknown) {
    if (this.done) return;
    this.done = true;
    this.latencyUs = (this.hrtime() - this.startedAt) * 1000;
    if (error) {
      this.error = error;
      this.status = 0;
    }
    const chunks = this.chunks;
    if (chunks) this.body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    this.resolve(this);
  }
}

/**
 * Sends one request through undici's `dispatch()` — the lowest-overhead entry point; `fetch()` costs
 * several times more CPU per request. Never rejects: failures come back as `error`.
 */
export function send(
  dispatcher: Dispatcher,
  req: WireRequest,
  hrtime: () => number = performance.now.bind(performance),
): Promise<WireResponse> {
  return new Promise((resolve) => {
    const exchange = new Exchange(req, resolve, hrtime);
    try {
      dispatcher.dispatch(req, exchange);
    } catch (error) {
      exchange.finish(error);
    }
  });
}
