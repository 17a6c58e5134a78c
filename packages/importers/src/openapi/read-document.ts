import { LineCounter, parseDocument, type Document } from "yaml";
import { ImportError } from "../import-error";

/** The parsed document, and what is needed to point at a line of the text the user gave. */
export type SourceDocument = { value: Record<string, unknown>; yaml: Document; lines: LineCounter };

/** JSON or YAML text → an object that says it is OpenAPI 3 or Swagger 2, or an ImportError naming the line. */
export function readDocument(text: string): SourceDocument {
  const lines = new LineCounter();
  const yaml = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const [error] = yaml.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    throw new ImportError(line ? `line ${line}` : "document", error.message.split("\n")[0]!);
  }
  const value: unknown = yaml.toJS({ maxAliasCount: 100 });
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new ImportError("document", "expected an OpenAPI or Swagger document (a JSON or YAML object)");
  }
  const doc = value as Record<string, unknown>;
  if (typeof doc.openapi === "string" && /^3\./.test(doc.openapi)) return { value: doc, yaml, lines };
  if (String(doc.swagger) === "2.0") return { value: doc, yaml, lines };
  if ("openapi" in doc || "swagger" in doc) {
    throw new ImportError(
      "openapi",
      `version "${String(doc.openapi ?? doc.swagger)}" is not supported (3.x or Swagger 2.0)`,
    );
  }
  throw new ImportError("document", "not an OpenAPI 3 or Swagger 2 document: it has neither `openapi` nor `swagger`");
}
