import { z } from "zod";
import { ZLoadConfig } from "./load";
import { HTTP_METHODS, ZCheck, ZDataSourceBinding, ZKeyValue, ZOutputParam, ZRequestBody } from "./scenario";

/** The files Stampede turns into scenarios (besides its own JSON export). */
export const IMPORT_FORMATS = ["har", "curl", "postman", "openapi", "jmeter", "recording"] as const;
export type TImportFormat = (typeof IMPORT_FORMATS)[number];

/** A response as a HAR or a recording saw it: what correlation reads values from. */
export const ZImportedResponse = z.object({
  status: z.number().int(),
  headers: z.array(ZKeyValue).default([]),
  /** The body as text (absent when the file did not keep it, or it was binary). */
  bodyText: z.string().optional(),
  mimeType: z.string().optional(),
  /** Bytes of the body as the file reports them. */
  size: z.number().int().nonnegative().optional(),
});
export type TImportedResponse = z.infer<typeof ZImportedResponse>;

/** One request found in an imported file, before the user picks what goes into the scenario. */
export const ZImportedRequest = z.object({
  /** Position in the file's order, 0-based; selections and correlations refer to requests by it. */
  index: z.number().int().nonnegative(),
  /** Where it came from, for messages: "entry 3", "line 2", "item Shop/Login", "operation POST /api/token". */
  where: z.string(),
  /** The flow it belongs to (a Postman folder, a JMeter thread group); absent: the import's one flow. */
  group: z.string().optional(),
  /** The step name it would get (unique within its group once built). */
  name: z.string(),
  method: z.enum(HTTP_METHODS),
  /** Absolute http(s) URL, query included; may hold `${param}` references. */
  url: z.string(),
  headers: z.array(ZKeyValue).default([]),
  body: ZRequestBody.default({ type: "none" }),
  /** Follow redirects when sent (cURL's -L); absent: the step's default (do not follow). */
  followRedirects: z.boolean().optional(),
  response: ZImportedResponse.optional(),
  /** When it was sent (epoch ms), for think times from the timestamps. */
  startedAtMs: z.number().optional(),
  /** How long it took (ms), as the file recorded it. */
  durationMs: z.number().nonnegative().optional(),
  /** Output parameters the file defined (JMeter extractors, Postman `pm.*.set(..., pm.response.json()...)`). */
  outputs: z.array(ZOutputParam).default([]),
  /** Checkpoints the file defined (JMeter response assertions). */
  checks: z.array(ZCheck).default([]),
  /** A pause the file puts before this request (JMeter constant timers), in ms: a think time step when built. */
  thinkMsBefore: z.number().int().min(0).max(3_600_000).optional(),
  /** An image, style sheet, script, font or media file: left out by default. */
  isStatic: z.boolean().default(false),
  /** The index of an earlier request with the same method, URL and body: left out by default. */
  duplicateOf: z.number().int().nonnegative().optional(),
});
export type TImportedRequest = z.infer<typeof ZImportedRequest>;

/** Something in the file that was not imported, and why; listed in the preview, never silently dropped. */
export const ZImportNote = z.object({
  /** "entry 4", "line 12", "item Shop/Pay", "ConstantTimer (line 88)". */
  where: z.string(),
  message: z.string(),
});
export type TImportNote = z.infer<typeof ZImportNote>;

/** What a file holds, as the preview shows it. */
export const ZImportPreview = z.object({
  format: z.enum(IMPORT_FORMATS),
  /** A name for the scenario (the collection's, the API's title, the test plan's), if the file has one. */
  title: z.string().optional(),
  requests: z.array(ZImportedRequest),
  /** Variables of the file (Postman variables, OpenAPI servers as `base`, JMeter user defined variables). */
  globals: z.array(ZKeyValue).default([]),
  /** CSV files the file reads (JMeter CSV Data Set Config): uploaded separately under the same name. */
  dataSources: z.array(ZDataSourceBinding).default([]),
  /** Load settings the file carries (JMeter thread group: threads, ramp-up, duration), offered for the first run. */
  load: ZLoadConfig.optional(),
  notes: z.array(ZImportNote).default([]),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;

/** Where a correlated value is sent in a later request. */
export const ZCorrelationUse = z.object({
  requestIndex: z.number().int().nonnegative(),
  /** "url", "query access_token", "header Authorization", "body", "form field token". */
  field: z.string(),
});

/**
 * A proposal: a value a response returned and later requests sent. Accepting it adds an output parameter to the
 * request that returned it and replaces the value with `${param}` where it is sent.
 */
export const ZCorrelation = z.object({
  /** Stable within one preview: `${requestIndex}:${param}`. */
  id: z.string(),
  param: z.string(),
  /** The value seen, masked for display when it looks like a secret (first 4 characters, then ••••). */
  shown: z.string(),
  /** "token" (an access_token-like value), "id", "signature", "cookie", "value". */
  kind: z.enum(["token", "id", "signature", "cookie", "value"]),
  /** The request whose response returned it, and how to read it there. */
  source: z.object({ requestIndex: z.number().int().nonnegative(), output: ZOutputParam }),
  uses: z.array(ZCorrelationUse).min(1),
  /** Offer the token provider for this value (an access_token with expires_in, say). */
  offerTokenProvider: z.boolean().default(false),
});
export type TCorrelation = z.infer<typeof ZCorrelation>;

/** A header or parameter that holds a credential sent as-is (no response returned it): proposed as a secret. */
export const ZSecretFinding = z.object({
  requestIndex: z.number().int().nonnegative(),
  field: z.string(),
  /** The global parameter it would become, e.g. `authorization` or `appsecret`. */
  param: z.string(),
  shown: z.string(),
});
export type TSecretFinding = z.infer<typeof ZSecretFinding>;

/** What the user chose in the preview. */
export const ZImportChoice = z.object({
  /** Request indexes to import, in order. */
  include: z.array(z.number().int().nonnegative()).min(1, "choose at least one request"),
  /** Think time steps from the gaps between the recorded timestamps (HAR, recording). */
  thinkTimes: z.boolean().default(false),
  /** Correlation ids to apply. */
  correlations: z.array(z.string()).default([]),
  /** Turn this correlation's value into the scenario's token provider instead of an output parameter. */
  tokenProviderFrom: z.string().optional(),
  /** Secret findings to turn into secret global parameters, by `${requestIndex}:${field}`. */
  secrets: z.array(z.string()).default([]),
});
export type TImportChoice = z.infer<typeof ZImportChoice>;
