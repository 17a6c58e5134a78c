/** A JSON Schema as OpenAPI writes it (after dereferencing; a circular `$ref` is left in place). */
export type Schema = Record<string, unknown>;

/** Deep enough for a realistic request body, small enough to keep a generated example readable. */
const MAX_DEPTH = 5;
const MAX_PROPERTIES = 30;

const STRING_FORMATS: Record<string, string> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00",
  email: "user@example.com",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  uri: "https://example.com/",
  url: "https://example.com/",
  hostname: "example.com",
  ipv4: "127.0.0.1",
  byte: "c3RyaW5n",
  password: "password",
};

/** The example the schema gives itself: `example`, the first of `examples`, `default`, the first `enum` or `const`. */
export function ownExample(schema: Schema): { value: unknown } | undefined {
  if ("example" in schema) return { value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length) return { value: schema.examples[0] };
  if ("default" in schema) return { value: schema.default };
  if (Array.isArray(schema.enum) && schema.enum.length) return { value: schema.enum[0] };
  if ("const" in schema) return { value: schema.const };
  return undefined;
}

function typeOf(schema: Schema): string | undefined {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (typeof type === "string") return type;
  if (schema.properties) return "object";
  if (schema.items) return "array";
  return undefined;
}

function objectExample(schema: Schema, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>).slice(0, MAX_PROPERTIES);
  for (const [name, property] of properties) {
    // A request never sends what the server alone writes.
    if (property && property.readOnly === true) continue;
    const value = exampleFromSchema(property, depth + 1);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/**
 * An example value for a schema, as an API browser would fill a form: the schema's own examples first, then one
 * of each property, one array item, the first enum value, and a typical value for each string format.
 */
export function exampleFromSchema(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || typeof schema !== "object" || "$ref" in schema || depth > MAX_DEPTH) return undefined;
  const own = ownExample(schema);
  if (own) return own.value;
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((s) => exampleFromSchema(s as Schema, depth + 1));
    if (parts.every((p) => p && typeof p === "object" && !Array.isArray(p))) return Object.assign({}, ...parts);
    return parts.find((p) => p !== undefined);
  }
  const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (Array.isArray(alternatives)) return exampleFromSchema(alternatives[0], depth + 1);
  switch (typeOf(schema)) {
    case "object":
      return objectExample(schema, depth);
    case "array": {
      const item = exampleFromSchema(schema.items as Schema, depth + 1);
      return item === undefined ? [] : [item];
    }
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 0;
    case "boolean":
      return true;
    case "string":
      return STRING_FORMATS[String(schema.format)] ?? "string";
    case "null":
      return null;
    default:
      return undefined;
  }
}
