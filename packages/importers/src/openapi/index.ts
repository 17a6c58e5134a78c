import {
  HTTP_METHODS,
  type TImportNote,
  type TImportPreview,
  type TImportedRequest,
  type TKeyValue,
} from "@stampede/contracts";
import { baseUrl } from "./base-url";
import { readOperation } from "./operation";
import { readDocument } from "./read-document";
import { validateDocument } from "./validate-document";

/**
 * An OpenAPI 3.x or Swagger 2.0 document (JSON or YAML) → the preview: one request per operation, in document
 * order, grouped by first tag; the address as the global `base`. The user chooses which operations to keep.
 */
export async function parseOpenApi(text: string): Promise<TImportPreview> {
  const doc = await validateDocument(readDocument(text));
  const notes: TImportNote[] = [];
  const globals = new Map<string, TKeyValue>([["base", { name: "base", value: baseUrl(doc, notes) }]]);
  const requests: TImportedRequest[] = [];
  const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown>>;
  for (const [path, pathItem] of Object.entries(paths)) {
    for (const [key, operation] of Object.entries(pathItem ?? {})) {
      const method = key.toUpperCase();
      if (!(HTTP_METHODS as readonly string[]).includes(method) || !operation || typeof operation !== "object") {
        if (key === "trace") notes.push({ where: `operation TRACE ${path}`, message: "TRACE is not supported" });
        continue;
      }
      const result = readOperation({ doc, path, method, pathItem, operation: operation as Record<string, unknown> });
      requests.push({ index: requests.length, ...result.request });
      notes.push(...result.notes);
      // The first operation to name a parameter gives its value; the others share it.
      for (const g of result.globals) if (!globals.has(g.name)) globals.set(g.name, g);
    }
  }
  if (!requests.length) notes.push({ where: "paths", message: "the document has no operations" });
  const info = doc.info as { title?: string } | undefined;
  return {
    format: "openapi",
    title: info?.title || undefined,
    requests,
    globals: [...globals.values()],
    dataSources: [],
    notes,
  };
}
