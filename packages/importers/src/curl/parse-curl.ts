import type { TImportPreview } from "@stampede/contracts";
import { ImportError } from "../import-error";

/** cURL commands (bash or Windows cmd quoting) as an import preview. */
export function parseCurl(_text: string): TImportPreview {
  throw new ImportError("file", "format not supported yet");
}
