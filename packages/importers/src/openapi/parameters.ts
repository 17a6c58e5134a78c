import { exampleFromSchema, type Schema } from "./example-from-schema";

/** A parameter object of either version (Swagger 2 puts the schema's fields on the parameter itself). */
export type Parameter = Schema & { name: string; in: string; required?: boolean; schema?: Schema };

/** The path item's parameters, overridden by the operation's own with the same name and location. */
export function mergedParameters(pathItem: Record<string, unknown>, operation: Record<string, unknown>): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const p of (list as Parameter[] | undefined) ?? []) {
      if (p && typeof p === "object" && p.name && p.in) byKey.set(`${p.in}:${p.name}`, p);
    }
  }
  return [...byKey.values()];
}

/** The example a parameter gives itself (its own `example`/`examples`, or its schema's), if any. */
export function givenExample(p: Parameter): { value: unknown } | undefined {
  const schema = p.schema ?? (p as Schema);
  const examples = p.examples as Record<string, { value?: unknown }> | undefined;
  const first = examples && Object.values(examples)[0];
  if ("example" in p) return { value: p.example };
  if (first && "value" in first) return { value: first.value };
  if ("x-example" in p) return { value: p["x-example"] };
  if ("example" in schema) return { value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length) return { value: schema.examples[0] };
  return undefined;
}

/** A value for a parameter: its example, its default, or one made from its schema. */
export function parameterValue(p: Parameter): unknown {
  const given = givenExample(p);
  if (given) return given.value;
  const schema = p.schema ?? (p as Schema);
  if ("default" in schema) return schema.default;
  return exampleFromSchema(schema) ?? "";
}

/** A parameter value as text: arrays joined with commas, objects as JSON. */
export function asText(value: unknown): string {
  if (Array.isArray(value)) return value.map(asText).join(",");
  if (value && typeof value === "object") return JSON.stringify(value);
  return value === undefined || value === null ? "" : String(value);
}
