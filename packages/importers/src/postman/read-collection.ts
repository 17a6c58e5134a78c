import { ImportError } from "../import-error";

/** The line a JSON.parse error points at, when the engine reports a position. */
function lineOf(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
  if (position === undefined) return "collection";
  return `line ${text.slice(0, Number(position)).split("\n").length}`;
}

/** A parsed object, or why it is not a Postman v2.0/v2.1 collection. */
export function readCollection(text: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(lineOf(text, error), `not valid JSON (${(error as Error).message})`);
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    throw new ImportError("collection", "expected a JSON object (a Postman collection)");
  }
  const doc = json as Record<string, unknown>;
  if (Array.isArray(doc.values) && "_postman_variable_scope" in doc) {
    throw new ImportError("collection", "this is a Postman environment, not a collection; export the collection");
  }
  if (Array.isArray(doc.requests) && !doc.item) {
    throw new ImportError(
      "collection",
      "Postman collection v1 is not supported; export it from Postman as Collection v2.1",
    );
  }
  const info = doc.info as Record<string, unknown> | undefined;
  if (!info || typeof info !== "object") throw new ImportError("info", "missing: not a Postman collection");
  const schema = String(info.schema ?? "");
  if (!/\/v2\.[01]\.\d+\//.test(schema)) {
    throw new ImportError("info.schema", `"${schema}" is not a Postman collection v2.0 or v2.1 schema`);
  }
  if (!Array.isArray(doc.item)) throw new ImportError("item", "missing: a collection lists its requests in item");
  return doc;
}
