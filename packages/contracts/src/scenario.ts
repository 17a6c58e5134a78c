import { z } from "zod";

/** A name/value row, as PTS edits headers, query parameters and form fields. */
export const ZKeyValue = z.object({
  name: z.string().min(1, "name must not be empty"),
  value: z.string(),
});
export type TKeyValue = z.infer<typeof ZKeyValue>;

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

/**
 * A URL may hold `${param}` references, so only what is certain before templating is checked here:
 * an absolute http(s) URL once every reference is replaced by a placeholder.
 */
export const ZTemplatedUrl = z
  .string()
  .min(1, "URL must not be empty")
  .superRefine((raw, ctx) => {
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
  z.object({ type: z.literal("json"), json: z.string() }),
  z.object({ type: z.literal("form"), fields: z.array(ZKeyValue) }),
  z.object({ type: z.literal("raw"), text: z.string(), contentType: z.string().default("text/plain") }),
]);
export type TRequestBody = z.infer<typeof ZRequestBody>;

/** Where an output parameter is read from (PTS "Output Parameter Definition"). */
export const OUTPUT_SOURCES = ["body-json", "body-text", "header", "cookie", "status"] as const;

/** An output parameter: a value extracted from a response that later steps use as `${name}`. */
export const ZOutputParam = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, "parameter names use letters, digits, _ . - and start with a letter or _"),
  source: z.enum(OUTPUT_SOURCES),
  /** JSONPath (a bare `access_token` means `$.access_token`), regex, header or cookie name. */
  expression: z.string().default(""),
  /** Which match to take: 0 = first, -1 = random, "all" joins every match with commas. */
  match: z.union([z.number().int(), z.literal("all")]).default(0),
  /** Used when nothing matches; absent means a failed extraction. */
  defaultValue: z.string().optional(),
});
export type TOutputParam = z.infer<typeof ZOutputParam>;

/** One HTTP API operation of a business flow. */
export const ZHttpStep = z.object({
  type: z.literal("http"),
  name: z.string().min(1, "step name must not be empty").max(120),
  method: z.enum(HTTP_METHODS).default("GET"),
  url: ZTemplatedUrl,
  headers: z.array(ZKeyValue).default([]),
  query: z.array(ZKeyValue).default([]),
  body: ZRequestBody.default({ type: "none" }),
  timeoutMs: z.number().int().min(1).max(600_000).default(10_000),
  followRedirects: z.boolean().default(false),
  enabled: z.boolean().default(true),
  outputs: z.array(ZOutputParam).default([]),
});
export type THttpStep = z.infer<typeof ZHttpStep>;

/** A step of a flow. More kinds (think time, rendezvous, data) join this union. */
export const ZStep = z.discriminatedUnion("type", [ZHttpStep]);
export type TStep = z.infer<typeof ZStep>;

/** A business flow (PTS "business session"): an ordered list of steps run by one virtual user. */
export const ZFlow = z.object({
  name: z.string().min(1).max(120),
  weight: z.number().int().min(1).default(1),
  steps: z.array(ZStep).min(1, "a flow needs at least one step"),
});
export type TFlow = z.infer<typeof ZFlow>;

/** A whole scenario: global parameters and one or more flows. */
export const ZScenarioSpec = z
  .object({
    version: z.literal(1).default(1),
    globals: z.array(ZKeyValue).default([]),
    flows: z.array(ZFlow).min(1, "a scenario needs at least one flow"),
  })
  .superRefine((spec, ctx) => {
    const seen = new Set<string>();
    spec.flows.forEach((flow, f) =>
      flow.steps.forEach((step, s) => {
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
