import type { JsonSchema } from "./json-schema";

export interface DocsParameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface DocsOperation {
  method: string;
  path: string;
  summary: string;
  isPublic: boolean;
  parameters: DocsParameter[];
  /** Media type and schema of the request body, when there is one. */
  requestBody?: { mediaType: string; schema: JsonSchema };
  responseSchema?: JsonSchema;
}

export interface DocsTag {
  tag: string;
  operations: DocsOperation[];
}

type OperationObject = {
  tags?: string[];
  summary?: string;
  security?: unknown[];
  parameters?: DocsParameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
};

/** The document's operations grouped by tag, in document order: what the docs page shows. */
export function docsOutline(document: JsonSchema): DocsTag[] {
  const groups = new Map<string, DocsOperation[]>();
  const paths = document.paths as Record<string, Record<string, OperationObject>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const [mediaType, body] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      const tag = operation.tags?.[0] ?? "Other";
      const list = groups.get(tag) ?? [];
      list.push({
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? "",
        isPublic: Array.isArray(operation.security) && operation.security.length === 0,
        parameters: operation.parameters ?? [],
        requestBody: mediaType && body ? { mediaType, schema: body.schema } : undefined,
        responseSchema: operation.responses?.["200"]?.content?.["application/json"]?.schema,
      });
      groups.set(tag, list);
    }
  }
  return [...groups].map(([tag, operations]) => ({ tag, operations }));
}
