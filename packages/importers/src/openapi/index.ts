import type { TImportPreview } from "@stampede/contracts";
import { ImportError } from "../import-error";

// Placeholder until the openapi importer lands; that importer's own index.ts replaces this file.
export function parseOpenApi(_text: string): TImportPreview {
  throw new ImportError("file", "format not supported yet");
}
