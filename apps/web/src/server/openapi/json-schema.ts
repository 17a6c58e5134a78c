import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/**
 * A zod contract as the JSON Schema (2020-12, the dialect of OpenAPI 3.1) of what a client sends or receives.
 * Input side: defaults are optional to send and coercions take strings. Checks JSON Schema cannot say
 * (refinements, transforms) are left to the route's 400, which names the field.
 */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}
