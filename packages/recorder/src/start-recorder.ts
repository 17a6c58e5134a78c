import type { Server } from "node:net";
import { isIP } from "node:net";
import type { CompletedRequest, CompletedResponse } from "mockttp";
import { startBoundTo } from "./bind-host";
import { captureBody } from "./capture-body";
import { ensureCa, type TRecorderCa } from "./ca";
import { MAX_CAPTURED_BODY_BYTES, type THeader, type TRecordedExchange } from "./exchange";
import { matchesHostRules, parseHostRule, type THostRule } from "./host-filter";
import { toHar, type THar } from "./to-har";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1", "[::1]"];

/** How to start a recording proxy. */
export interface TRecorderOptions {
  /** The address to listen on; 127.0.0.1 unless given. A non-loopback address must be asked for by name. */
  host?: string;
  /** The port to listen on; a free one when absent. */
  port?: number;
  /** Record only requests to these hosts (`127.0.0.1:4010`, `shop.test`, `*.shop.test`); others pass unrecorded. */
  hosts: string[];
  /** Where the CA lives (`ca.pem`, `ca.key`); generated there on first use. */
  caDir: string;
  /** Called for each recorded exchange as its response ends. */
  onExchange?: (exchange: TRecordedExchange) => void;
  /** Extra CA certificates (PEM) trusted for upstream HTTPS servers, e.g. a company's internal CA. */
  upstreamCas?: string[];
}

/** A running recording proxy. */
export interface TRecorder {
  /** The address the proxy listens on, as its socket reports it. */
  host: string;
  port: number;
  ca: TRecorderCa;
  /** Stops listening and waits for exchanges in flight to be recorded. */
  stop(): Promise<void>;
  /** What has been recorded so far, in the order requests started. */
  exchanges(): TRecordedExchange[];
  toHar(): THar;
}

/** Hosts the user wrote that are not hosts, each with its position: `hosts[1]: "a b" is not a host or host:port`. */
export class RecorderInputError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join("; "));
    this.name = "RecorderInputError";
  }
}

/** Parses the hosts to record; every bad entry is named with its index. */
export function parseHostRules(hosts: string[]): THostRule[] {
  const issues: string[] = [];
  const rules: THostRule[] = [];
  hosts.forEach((entry, index) => {
    const rule = parseHostRule(entry);
    if (typeof rule === "string") issues.push(`hosts[${index}]: ${rule}`);
    else rules.push(rule);
  });
  if (hosts.length === 0) issues.push("hosts: name at least one host to record");
  if (issues.length) throw new RecorderInputError(issues);
  return rules;
}

/**
 * Starts an HTTP(S) forward proxy that records the chosen hosts' exchanges. HTTPS (CONNECT) to a chosen host
 * is intercepted with certificates signed by the CA in `caDir`; TLS to other hosts is tunnelled untouched.
 */
export async function startRecorder(options: TRecorderOptions): Promise<TRecorder> {
  const rules = parseHostRules(options.hosts);
  const host = options.host ?? "127.0.0.1";
  if (isIP(host) === 0 && host !== "localhost") throw new RecorderInputError([`host: "${host}" is not an IP address`]);
  const ca = await ensureCa(options.caDir);
  const { getLocal } = await import("mockttp");
  const proxy = getLocal({
    https: {
      key: ca.key,
      cert: ca.cert,
      tlsInterceptOnly: [...new Set(rules.map((rule) => rule.hostname))].map((hostname) => ({ hostname })),
    },
    recordTraffic: false,
    maxBodySize: MAX_CAPTURED_BODY_BYTES,
  });
  const recorded: TRecordedExchange[] = [];
  const requests = new Map<string, { seq: number; request: Promise<TRecordedExchange["request"]> }>();
  const inFlight = new Set<Promise<void>>();
  let seq = 0;

  const record = (exchange: TRecordedExchange) => {
    recorded.push(exchange);
    options.onExchange?.(exchange);
  };
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  await proxy.on("request", (req: CompletedRequest) => {
    if (!matchesHostRules(rules, req.destination.hostname, req.destination.port)) return;
    requests.set(req.id, { seq: ++seq, request: captureRequest(req) });
  });
  await proxy.on("response", (res: CompletedResponse) => {
    const pending = requests.get(res.id);
    if (!pending) return;
    requests.delete(res.id);
    track(
      (async () => {
        const request = await pending.request;
        const started = res.timingEvents;
        const end = started.responseSentTimestamp ?? started.startTimestamp;
        record({
          seq: pending.seq,
          startedAtMs: started.startTime,
          durationMs: Math.max(0, end - started.startTimestamp),
          request,
          response: {
            status: res.statusCode,
            statusText: res.statusMessage,
            httpVersion: request.httpVersion,
            headers: headersOf(res.rawHeaders),
            body: await captureBody(res.body, res.headers["content-type"], res.headers["content-length"]),
          },
        });
      })().catch((error: unknown) => console.error("[recorder] could not record a response", error)),
    );
  });
  await proxy.on("abort", (req) => {
    const pending = requests.get(req.id);
    if (!pending) return;
    requests.delete(req.id);
    const timing = req.timingEvents;
    track(
      pending.request.then((request) =>
        record({
          seq: pending.seq,
          startedAtMs: timing.startTime,
          durationMs: Math.max(0, (timing.abortedTimestamp ?? timing.startTimestamp) - timing.startTimestamp),
          request,
          error: "aborted before a response",
        }),
      ),
    );
  });
  await proxy.forAnyRequest().thenPassThrough({
    additionalTrustedCAs: (options.upstreamCas ?? []).map((cert) => ({ cert })),
    // A development server on this machine usually has a self-signed certificate, and traffic to it never
    // leaves the machine: accept its certificate as a browser user would click through. Every other upstream
    // is verified.
    ignoreHostHttpsErrors: LOOPBACK_NAMES,
  });

  const server: Server = await startBoundTo(host, () => proxy.start(options.port));
  // Read back from the socket, so a caller (and the tests) see where the proxy really listens.
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("the proxy is not listening on a TCP port");
  let stopped: Promise<void> | undefined;
  return {
    host: address.address,
    port: address.port,
    ca,
    stop: () =>
      (stopped ??= (async () => {
        await proxy.stop();
        await Promise.all([...inFlight]);
      })()),
    exchanges: () => [...recorded].sort((a, b) => a.seq - b.seq),
    toHar: () => toHar(recorded),
  };
}

async function captureRequest(req: CompletedRequest): Promise<TRecordedExchange["request"]> {
  const headers = headersOf(req.rawHeaders);
  const hasBody = req.body.buffer.byteLength > 0 || Number(req.headers["content-length"]) > 0;
  return {
    method: req.method,
    url: req.url,
    httpVersion: `HTTP/${req.httpVersion}`,
    headers,
    ...(hasBody
      ? { body: await captureBody(req.body, req.headers["content-type"], req.headers["content-length"]) }
      : {}),
  };
}

/** Header pairs in order; HTTP/2 pseudo-headers (`:authority`) are protocol framing, not headers to replay. */
function headersOf(raw: [string, string][]): THeader[] {
  return raw.filter(([name]) => !name.startsWith(":")).map(([name, value]) => ({ name, value }));
}
