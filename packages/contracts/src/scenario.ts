import { z } from "zod";
import {
  cappedArray,
  cappedString,
  MAX_BODY_TEXT_LENGTH,
  MAX_DATA_SOURCES,
  MAX_EXPRESSION_LENGTH,
  MAX_FLOWS,
  MAX_NAME_LENGTH,
  MAX_PARAMS,
  MAX_STEPS_PER_FLOW,
  MAX_URL_LENGTH,
  MAX_VALUE_LENGTH,
} from "./limits";
import { safeRegexProblem } from "./safe-regex";
import { scenarioApiNames, ZStopConditions } from "./stop-conditions";

/** A name/value row, as PTS edits headers, query parameters and form fields. */
export const ZKeyValue = z.object({
  name: cappedString(MAX_NAME_LENGTH).min(1, "name must not be empty"),
  value: cappedString(MAX_VALUE_LENGTH),
  /** A credential: encrypted at rest, shown as •••• by the API, masked by value in samples and Debug. */
  secret: z.boolean().optional(),
});
export type TKeyValue = z.infer<typeof ZKeyValue>;

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

/**
 * A URL may hold `${param}` references, so only what is certain before templating is checked here:
 * an absolute http(s) URL once every reference is replaced by a placeholder. A URL that starts with a
 * reference (`${base}/api`, the base URL kept as a global parameter) is checked when it is rendered.
 */
export const ZTemplatedUrl = cappedString(MAX_URL_LENGTH)
  .min(1, "URL must not be empty")
  .superRefine((raw, ctx) => {
    if (raw.startsWith("${")) return;
    const probe = raw.replace(/\$\{[^}]*\}/g, "x");
    let url: URL;
    try {
      url = new URL(probe);
    } catch {
      ctx.addIssue({ code: "custom", message: `not an absolute URL: "${raw}"` });
      return;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: `URL must start with http:// or https://: "${raw}"` });
    }
  });

/** Request body: none, a JSON document, a key/value form (urlencoded), or raw text. */
export const ZRequestBody = z.discriminatedUnion("type", [
  z.object({ type: z.literal("none") }),
  z.object({ type: z.literal("json"), json: cappedString(MAX_BODY_TEXT_LENGTH) }),
  z.object({ type: z.literal("form"), fields: cappedArray(ZKeyValue, MAX_PARAMS, "form fields") }),
  z.object({
    type: z.literal("raw"),
    text: cappedString(MAX_BODY_TEXT_LENGTH),
    contentType: cappedString(MAX_NAME_LENGTH).default("text/plain"),
  }),
]);
export type TRequestBody = z.infer<typeof ZRequestBody>;

/** Where an output parameter is read from (PTS "Output Parameter Definition"). */
export const OUTPUT_SOURCES = ["body-json", "body-text", "header", "cookie", "status"] as const;

/** Adds the reason a regex cannot run, at `path`, as a zod issue (so a save is refused naming the field). */
function refineRegex(pattern: string, ctx: z.RefinementCtx, path: PropertyKey[]): void {
  const problem = safeRegexProblem(pattern);
  if (problem) ctx.addIssue({ code: "custom", path, message: problem });
}

/** An output parameter: a value extracted from a response that later steps use as `${name}`. */
export const ZOutputParam = z
  .object({
    name: cappedString(MAX_NAME_LENGTH).regex(
      /^[A-Za-z_][A-Za-z0-9_.-]*$/,
      "parameter names use letters, digits, _ . - and start with a letter or _",
    ),
    source: z.enum(OUTPUT_SOURCES),
    /** JSONPath (a bare `access_token` means `$.access_token`), regex, header or cookie name. */
    expression: cappedString(MAX_EXPRESSION_LENGTH).default(""),
    /** Which match to take: 0 = first, -1 = random, "all" joins every match with commas. */
    match: z.union([z.number().int(), z.literal("all")]).default(0),
    /** Used when nothing matches; absent means a failed extraction. */
    defaultValue: cappedString(MAX_VALUE_LENGTH).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.source === "body-text") refineRegex(o.expression, ctx, ["expression"]);
  });
export type TOutputParam = z.infer<typeof ZOutputParam>;

export const CHECK_SOURCES = ["status", "header", "body-json", "body-text", "output"] as const;
export const CHECK_OPERATORS = [
  "eq",
  "ne",
  "lt",
  "lte",
  "gt",
  "gte",
  "contains",
  "not_contains",
  "exists",
  "not_exists",
  "matches",
] as const;

/** A checkpoint (assertion): a request is a business success only if all of its checkpoints pass. */
export const ZCheck = z
  .object({
    source: z.enum(CHECK_SOURCES),
    /** Header name, JSONPath, or output parameter name; unused for status and body-text. */
    expression: cappedString(MAX_EXPRESSION_LENGTH).default(""),
    operator: z.enum(CHECK_OPERATORS),
    /** The value compared against (may hold `${param}`); unused by exists / not_exists. */
    value: cappedString(MAX_VALUE_LENGTH).default(""),
  })
  .superRefine((c, ctx) => {
    // A templated pattern is checked with each reference standing for plain text; what it renders to is
    // checked when it is rendered.
    if (c.operator === "matches") refineRegex(c.value.replace(/\$\{[^}]*\}/g, "x"), ctx, ["value"]);
  });
export type TCheck = z.infer<typeof ZCheck>;

/** One HTTP API operation of a business flow. */
export const ZHttpStep = z.object({
  type: z.literal("http"),
  name: z.string().min(1, "step name must not be empty").max(120),
  method: z.enum(HTTP_METHODS).default("GET"),
  url: ZTemplatedUrl,
  headers: cappedArray(ZKeyValue, MAX_PARAMS, "headers").default([]),
  query: cappedArray(ZKeyValue, MAX_PARAMS, "query parameters").default([]),
  body: ZRequestBody.default({ type: "none" }),
  timeoutMs: z.number().int().min(1).max(600_000).default(10_000),
  followRedirects: z.boolean().default(false),
  enabled: z.boolean().default(true),
  outputs: cappedArray(ZOutputParam, MAX_PARAMS, "output parameters").default([]),
  checks: cappedArray(ZCheck, MAX_PARAMS, "checkpoints").default([]),
});
export type THttpStep = z.infer<typeof ZHttpStep>;

/** Think time: a pause between operations, fixed or drawn from a distribution. */
export const ZThinkStep = z
  .object({
    type: z.literal("think"),
    name: z.string().min(1).max(120).default("think"),
    distribution: z.enum(["fixed", "uniform", "normal"]).default("fixed"),
    /** fixed: the pause; uniform: the minimum; normal: the mean. Milliseconds. */
    ms: z.number().int().min(0).max(3_600_000),
    /** uniform: the maximum. */
    maxMs: z.number().int().min(0).max(3_600_000).optional(),
    /** normal: the standard deviation. */
    stddevMs: z.number().int().min(0).max(3_600_000).optional(),
    enabled: z.boolean().default(true),
  })
  .refine((t) => t.distribution !== "uniform" || (t.maxMs !== undefined && t.maxMs >= t.ms), {
    path: ["maxMs"],
    message: "a uniform think time needs maxMs >= ms",
  })
  .refine((t) => t.distribution !== "normal" || t.stddevMs !== undefined, {
    path: ["stddevMs"],
    message: "a normal think time needs stddevMs",
  });
export type TThinkStep = z.infer<typeof ZThinkStep>;

/** Rendezvous: VUs wait here until `users` of them have arrived (or the timeout passes), then go together. */
export const ZRendezvousStep = z.object({
  type: z.literal("rendezvous"),
  name: z.string().min(1).max(120),
  users: z.number().int().min(1),
  timeoutMs: z.number().int().min(1).max(600_000).default(10_000),
  enabled: z.boolean().default(true),
});
export type TRendezvousStep = z.infer<typeof ZRendezvousStep>;

/** Data instruction: sets parameters from templates (functions and other parameters allowed). */
export const ZDataStep = z.object({
  type: z.literal("data"),
  name: z.string().min(1).max(120).default("set parameters"),
  assignments: cappedArray(ZKeyValue, MAX_PARAMS, "assignments").min(
    1,
    "a data instruction sets at least one parameter",
  ),
  enabled: z.boolean().default(true),
});
export type TDataStep = z.infer<typeof ZDataStep>;

/** A step of a flow: an API operation or an instruction. */
export const ZStep = z.discriminatedUnion("type", [ZHttpStep, ZThinkStep, ZRendezvousStep, ZDataStep]);
export type TStep = z.infer<typeof ZStep>;

/** A business flow (PTS "business session"): an ordered list of steps run by one virtual user. */
export const ZFlow = z.object({
  name: z.string().min(1).max(120),
  weight: z.number().int().min(1).default(1),
  steps: cappedArray(ZStep, MAX_STEPS_PER_FLOW, "steps per flow").min(1, "a flow needs at least one step"),
});
export type TFlow = z.infer<typeof ZFlow>;

/** How a CSV data source feeds parameters (the file itself is uploaded, or given to the CLI, by name). */
export const ZDataSourceBinding = z.object({
  /** The file's name, e.g. `token.csv`; the console and the CLI resolve it to the file's content. */
  name: cappedString(MAX_NAME_LENGTH).min(1),
  /** Use the first line as parameter names (PTS "Use First Line as Parameter Name"). */
  firstLineIsHeader: z.boolean().default(true),
  /**
   * Column → parameter. Empty: every column under its header name (or col1, col2, ... without a header).
   * `column` is a header name or a 1-based column number.
   */
  columns: cappedArray(
    z.object({ column: cappedString(MAX_NAME_LENGTH).min(1), param: cappedString(MAX_NAME_LENGTH).min(1) }),
    MAX_PARAMS,
    "columns",
  ).default([]),
  /** sequential: rows in file order, shared by all VUs; random: any row; unique: each row used once. */
  policy: z.enum(["sequential", "random", "unique"]).default("sequential"),
  /** At the end of the file: start over, or stop the VUs that need another row. */
  onEnd: z.enum(["recycle", "stop"]).default("recycle"),
  /** A VU takes a new row each iteration, or keeps the row it first got for the whole run. */
  advance: z.enum(["iteration", "vu"]).default("iteration"),
});
export type TDataSourceBinding = z.infer<typeof ZDataSourceBinding>;

/** The token provider's condition for "this token was rejected": statuses, or a JSON body field value. */
export const ZTokenRejection = z.object({
  statuses: cappedArray(z.number().int().min(100).max(599), MAX_PARAMS, "statuses").default([401]),
  /** e.g. WeChat answers HTTP 200 with `errcode` 40001 or 42001 for a bad or expired token. */
  bodyJson: cappedArray(
    z.object({
      expression: cappedString(MAX_EXPRESSION_LENGTH).min(1),
      values: cappedArray(cappedString(MAX_VALUE_LENGTH), MAX_PARAMS, "values").min(1),
    }),
    MAX_PARAMS,
    "body rules",
  ).default([]),
});

/**
 * Token provider: one token shared by every VU (and, in the worker, every machine), fetched by its own
 * request, refreshed ahead of expiry and when a business API rejects it, one refresh at a time.
 */
export const ZTokenProvider = z.object({
  /** The request that obtains a token; measured under its own name. */
  request: ZHttpStep.omit({ outputs: true, checks: true }).extend({
    type: z.literal("http").default("http"),
    name: z.string().min(1).max(120).default("token provider"),
  }),
  /** Where the token is in the response. */
  extract: z
    .object({
      source: z.enum(["body-json", "body-text", "header", "cookie"]).default("body-json"),
      expression: cappedString(MAX_EXPRESSION_LENGTH).min(1).default("access_token"),
    })
    .superRefine((e, ctx) => {
      if (e.source === "body-text") refineRegex(e.expression, ctx, ["expression"]);
    })
    .default({ source: "body-json", expression: "access_token" }),
  /** The parameter every request sees the token as, e.g. `${access_token}`. */
  param: cappedString(MAX_NAME_LENGTH).min(1).default("access_token"),
  /** Lifetime from a response field in seconds (`expires_in`), or fixed. */
  lifetime: z
    .discriminatedUnion("type", [
      z.object({
        type: z.literal("field"),
        expression: cappedString(MAX_EXPRESSION_LENGTH).min(1).default("expires_in"),
      }),
      z.object({ type: z.literal("fixed"), seconds: z.number().positive() }),
    ])
    .default({ type: "field", expression: "expires_in" }),
  /** Refresh this long before the token expires. */
  refreshMarginSeconds: z.number().min(0).default(60),
  rejectedWhen: ZTokenRejection.default({ statuses: [401], bodyJson: [] }),
  /** After a rejection and refresh, send the business request once more. */
  retryOnce: z.boolean().default(true),
});
export type TTokenProvider = z.infer<typeof ZTokenProvider>;

/** A whole scenario: global parameters, data sources, an optional token provider, one or more flows. */
export const ZScenarioSpec = z
  .object({
    version: z.literal(1).default(1),
    globals: cappedArray(ZKeyValue, MAX_PARAMS, "global parameters").default([]),
    dataSources: cappedArray(ZDataSourceBinding, MAX_DATA_SOURCES, "data sources").default([]),
    tokenProvider: ZTokenProvider.optional(),
    /** A cookie jar per VU: Set-Cookie answers are sent back, as a browser would (simulated log-ons). */
    cookies: z.boolean().default(true),
    flows: cappedArray(ZFlow, MAX_FLOWS, "flows").min(1, "a scenario needs at least one flow"),
    /** SLA rules checked every second of a run (and by the CLI); absent or empty: the project's defaults. */
    stopConditions: ZStopConditions.optional(),
  })
  .superRefine((spec, ctx) => {
    refineStopConditionSteps(spec, ctx);
    const files = new Set<string>();
    spec.dataSources.forEach((d, i) => {
      if (files.has(d.name)) {
        ctx.addIssue({
          code: "custom",
          path: ["dataSources", i, "name"],
          message: `data source "${d.name}" is bound twice`,
        });
      }
      files.add(d.name);
    });
    const seen = new Set<string>();
    spec.flows.forEach((flow, f) =>
      flow.steps.forEach((step, s) => {
        if (step.type !== "http") return; // metrics are kept per API name; instructions have none
        const key = `${flow.name}/${step.name}`;
        if (seen.has(key)) {
          ctx.addIssue({
            code: "custom",
            path: ["flows", f, "steps", s, "name"],
            message: `step name "${step.name}" is used twice in flow "${flow.name}"`,
          });
        }
        seen.add(key);
      }),
    );
  });
export type TScenarioSpec = z.infer<typeof ZScenarioSpec>;
export type TScenarioSpecInput = z.input<typeof ZScenarioSpec>;

/** A stop condition on an API names one the scenario has (a typo would never fire). */
function refineStopConditionSteps(
  spec: { flows: TFlow[]; tokenProvider?: TTokenProvider; stopConditions?: Array<{ step?: string }> },
  ctx: z.RefinementCtx,
) {
  const names = new Set(scenarioApiNames(spec));
  spec.stopConditions?.forEach((rule, i) => {
    if (rule.step !== undefined && !names.has(rule.step)) {
      ctx.addIssue({
        code: "custom",
        path: ["stopConditions", i, "step"],
        message: `no API named "${rule.step}" in the scenario`,
      });
    }
  });
}
