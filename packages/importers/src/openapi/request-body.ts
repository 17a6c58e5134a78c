import type { TKeyValue, TRequestBody } from "@stampede/contracts";
import { exampleFromSchema, type Schema } from "./example-from-schema";
import { asText, parameterValue, type Parameter } from "./parameters";

/** The body an operation sends and what could not be carried over. */
export type BodyResult = { body: TRequestBody; notes: string[] };

type Media = { schema?: Schema; example?: unknown; examples?: Record<string, { value?: unknown }> };

const NONE: BodyResult = { body: { type: "none" }, notes: [] };

function mediaExample(media: Media): unknown {
  if ("example" in media) return media.example;
  const first = media.examples && Object.values(media.examples)[0];
  if (first && "value" in first) return first.value;
  return exampleFromSchema(media.schema);
}

function formFields(example: unknown): TKeyValue[] {
  if (!example || typeof example !== "object" || Array.isArray(example)) return [];
  return Object.entries(example).map(([name, value]) => ({ name, value: asText(value) }));
}

/** OpenAPI 3 `requestBody`: JSON first, then a urlencoded or multipart form, then text; others are noted. */
export function openApiBody(requestBody: { content?: Record<string, Media> } | undefined): BodyResult {
  const content = requestBody?.content ?? {};
  const types = Object.keys(content);
  if (!types.length) return NONE;
  const json = types.find((t) => /^application\/(.+\+)?json\b/i.test(t) || t === "*/*");
  if (json)
    return { body: { type: "json", json: JSON.stringify(mediaExample(content[json]!) ?? {}, null, 2) }, notes: [] };
  const form = types.find((t) => /x-www-form-urlencoded|multipart\/form-data/i.test(t));
  if (form) {
    const notes = /multipart/i.test(form)
      ? ["multipart body sent as a urlencoded form (multipart is not supported)"]
      : [];
    return { body: { type: "form", fields: formFields(mediaExample(content[form]!)) }, notes };
  }
  const text = types.find((t) => /^text\/|xml/i.test(t));
  if (text) {
    const example = mediaExample(content[text]!);
    return { body: { type: "raw", text: asText(example ?? ""), contentType: text }, notes: [] };
  }
  return { ...NONE, notes: [`request body of type ${types.join(", ")} not imported`] };
}

/** Swagger 2: an `in: body` parameter as JSON, `in: formData` parameters as a form (file fields noted). */
export function swaggerBody(parameters: Parameter[], consumes: string[]): BodyResult {
  const bodyParam = parameters.find((p) => p.in === "body");
  if (bodyParam) {
    const example = exampleFromSchema(bodyParam.schema) ?? {};
    const type = consumes[0];
    if (type && !/json/i.test(type)) {
      return { body: { type: "raw", text: asText(example), contentType: type }, notes: [] };
    }
    return { body: { type: "json", json: JSON.stringify(example, null, 2) }, notes: [] };
  }
  const form = parameters.filter((p) => p.in === "formData");
  if (!form.length) return NONE;
  const files = form.filter((p) => p.type === "file").map((p) => `"${p.name}"`);
  const fields = form
    .filter((p) => p.type !== "file" && (p.required || "default" in p || "x-example" in p))
    .map((p) => ({ name: p.name, value: asText(parameterValue(p)) }));
  return {
    body: { type: "form", fields },
    notes: files.length ? [`file field(s) ${files.join(", ")} not imported`] : [],
  };
}
