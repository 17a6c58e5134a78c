import { z } from "zod";
import { ZRequestTimings, ZTokenSecond } from "./diagnostics";

/**
 * Kinds of failure a request can end in; counted apart from HTTP status codes. Every transport error maps
 * to one of them (see the engine's http/error-kind.ts); the README lists each with its meaning.
 */
export const ERROR_KINDS = [
  /** No connection: refused, unknown host, unreachable network. */
  "connect",
  /** The connection, the response headers or the body did not come within the step's timeout. */
  "timeout",
  /** The connection broke during the exchange: reset or closed by the peer, or another socket error. */
  "reset",
  /** The TLS handshake failed: certificate not trusted, expired, or for another host; protocol mismatch. */
  "tls",
  /** The answer was not valid HTTP: unparsable, or shorter or longer than its Content-Length. */
  "protocol",
  /** A request still open when the run was cancelled or a stop's grace ran out: served or not, unknown. */
  "aborted",
  /** 401/403, or the token provider's rejection condition (WeChat's HTTP 200 with errcode 40001). */
  "auth",
  "http_4xx",
  "http_5xx",
  "checkpoint_failed",
  "extraction_failed",
  /**
   * The request could not be built, so nothing was sent: the rendered URL is not valid, a header holds
   * CR/LF, NUL or another character HTTP forbids, or a template function refused its arguments. Counted in
   * a step's `errors` only — never in its requests or failures — and the rest of the iteration is skipped.
   */
  "invalid_request",
  /**
   * The request's host is outside the run's target allowlist (the project's, the instance's and loopback), so
   * nothing was sent. Counted like `invalid_request`: in `errors` only, and the rest of the iteration is skipped.
   * A followed redirect to such a host is not followed: that request was sent, so it is a failure of this kind.
   */
  "blocked_target",
] as const;
export type TErrorKind = (typeof ERROR_KINDS)[number];

/** What one step did during one second of one shard. Counts are additive; the histogram merges. */
export const ZStepFrame = z.object({
  step: z.string(),
  requests: z.number().int().nonnegative(),
  failures: z.number().int().nonnegative(),
  statusCodes: z.record(z.string(), z.number().int()),
  errors: z.record(z.string(), z.number().int()),
  bytesSent: z.number().nonnegative(),
  bytesReceived: z.number().nonnegative(),
  checksPassed: z.number().int().nonnegative().default(0),
  checksFailed: z.number().int().nonnegative().default(0),
  /** HDR histogram of latency in microseconds, compressed and base64-encoded. */
  histogram: z.string(),
  /**
   * The same requests corrected for coordinated omission (see the README's "What is measured"); absent in
   * frames from engines that predate it, which then count as uncorrected.
   */
  histogramCorrected: z.string().optional(),
});
export type TStepFrame = z.infer<typeof ZStepFrame>;

/** One second of one shard: every step's frame plus run-level gauges. */
export const ZShardFrame = z.object({
  /** Seconds since the run's start, counted from 0. */
  second: z.number().int().nonnegative(),
  vus: z.number().int().nonnegative(),
  iterations: z.number().int().nonnegative(),
  /** Arrival-rate mode: iteration starts that found no free VU (never silently skipped). */
  droppedIterations: z.number().int().nonnegative().default(0),
  /** CPU the load generator process used in this second, as a fraction of one core (1 = a full core). */
  cpu: z.number().nonnegative().optional(),
  /** Resident memory of the load generator process at the end of the second, in bytes. */
  rssBytes: z.number().nonnegative().optional(),
  /** The token provider's activity in this second; absent without one. */
  token: ZTokenSecond.optional(),
  steps: z.array(ZStepFrame),
});
export type TShardFrame = z.infer<typeof ZShardFrame>;

/** Latency percentiles in milliseconds. */
export const ZLatencySummary = z.object({
  min: z.number(),
  mean: z.number(),
  p50: z.number(),
  p90: z.number(),
  p95: z.number(),
  p99: z.number(),
  max: z.number(),
});
export type TLatencySummary = z.infer<typeof ZLatencySummary>;

/** Totals of one step over a whole run (or shard). */
export const ZStepSummary = z.object({
  step: z.string(),
  requests: z.number().int(),
  failures: z.number().int(),
  statusCodes: z.record(z.string(), z.number().int()),
  errors: z.record(z.string(), z.number().int()),
  bytesSent: z.number(),
  bytesReceived: z.number(),
  checksPassed: z.number().int().default(0),
  checksFailed: z.number().int().default(0),
  latency: ZLatencySummary,
  /** Latency corrected for coordinated omission (`http_req_duration_corrected`). */
  latencyCorrected: ZLatencySummary.optional(),
});
export type TStepSummary = z.infer<typeof ZStepSummary>;

/** Totals of a run. */
export const ZRunSummary = z.object({
  durationSeconds: z.number(),
  requests: z.number().int(),
  failures: z.number().int(),
  iterations: z.number().int(),
  droppedIterations: z.number().int().default(0),
  rps: z.number(),
  /**
   * The load generator's CPU stayed above 85% of a core for a good part of the run: its figures then
   * measure the generator as much as the target. Add workers, or lower the load per worker.
   */
  generatorBound: z.boolean().default(false),
  /** TPS mode, engine summaries only: how late iterations started against the schedule (ms). */
  schedulerLateness: ZLatencySummary.optional(),
  /** Latency of every request of the run, all steps merged. */
  latency: ZLatencySummary,
  /** The same, corrected for coordinated omission (`http_req_duration_corrected`). */
  latencyCorrected: ZLatencySummary.optional(),
  steps: z.array(ZStepSummary),
});
export type TRunSummary = z.infer<typeof ZRunSummary>;

/**
 * What one second shows for the whole run or for one step: additive counts plus latency percentiles (ms) from
 * that second's merged histogram. Fields past requests/failures default, so points from an older worker parse.
 */
export const ZLiveFigures = z.object({
  requests: z.number().int(),
  failures: z.number().int(),
  statusCodes: z.record(z.string(), z.number().int()).default({}),
  errors: z.record(z.string(), z.number().int()).default({}),
  bytesSent: z.number().default(0),
  bytesReceived: z.number().default(0),
  checksPassed: z.number().int().default(0),
  checksFailed: z.number().int().default(0),
  p50: z.number().default(0),
  p90: z.number().default(0),
  p95: z.number(),
  p99: z.number().default(0),
  max: z.number().default(0),
  mean: z.number().default(0),
});
export type TLiveFigures = z.infer<typeof ZLiveFigures>;

/** One step's figures in one live point. */
export const ZLivePointStep = ZLiveFigures.extend({ step: z.string() });
export type TLivePointStep = z.infer<typeof ZLivePointStep>;

/** A merged per-second point as the console charts it (one run, one second, all shards). */
export const ZLivePoint = ZLiveFigures.extend({
  second: z.number().int(),
  vus: z.number().int(),
  iterations: z.number().int().default(0),
  /** Arrival-rate mode: iteration starts that found no free VU in this second. */
  droppedIterations: z.number().int().default(0),
  /** The busiest generator's CPU share of a core in this second; absent where it was not measured. */
  generatorCpu: z.number().optional(),
  p50: z.number(),
  p99: z.number(),
  /** p99 corrected for coordinated omission; absent for seconds stored before it was measured. */
  p99Corrected: z.number().optional(),
  steps: z.array(ZLivePointStep),
});
export type TLivePoint = z.infer<typeof ZLivePoint>;

/** A request and its response as a sampled log records them: bodies truncated, secrets masked. */
export const ZRequestSample = z.object({
  step: z.string(),
  /** Epoch ms when the response ended. */
  at: z.number(),
  /** "failure" samples are every failed request (capped); "success" a small share of the rest. */
  kind: z.enum(["failure", "success"]),
  error: z.string().optional(),
  latencyMs: z.number(),
  request: z.object({
    method: z.string(),
    url: z.string(),
    headers: z.array(z.tuple([z.string(), z.string()])),
    body: z.string().optional(),
  }),
  response: z
    .object({
      status: z.number().int(),
      headers: z.array(z.tuple([z.string(), z.string()])),
      body: z.string().optional(),
    })
    .optional(),
  /** The parameters the request's templates used, as they were. */
  params: z.record(z.string(), z.string()),
  /** Why each failed checkpoint failed. */
  checks: z.array(z.string()).default([]),
  /** Where its time went (absent for samples recorded before timings were measured, and unsent requests). */
  timings: ZRequestTimings.optional(),
});
export type TRequestSample = z.infer<typeof ZRequestSample>;
