import type { TImportFormat } from "@stampede/contracts";
import { ImportError } from "../import-error";

/** Sniffing reads only the start of a file: the marks it looks for come first in every exporter's output. */
const SNIFF_LENGTH = 64 * 1024;

const BY_EXTENSION: Record<string, TImportFormat> = { har: "har", jmx: "jmeter" };

/** What each format's content starts with or holds near the top. */
const SNIFFERS: Array<[TImportFormat, RegExp]> = [
  ["jmeter", /<jmeterTestPlan[\s>]/],
  ["har", /^\s*\{\s*"log"\s*:/],
  ["postman", /"_postman_id"\s*:|"schema"\s*:\s*"[^"]*postman\.com/],
  ["openapi", /^\s*\{?\s*["']?(openapi|swagger)["']?\s*:/m],
  ["curl", /^\s*curl(\.exe)?\s/m],
];

/**
 * The format of an uploaded or pasted file, from its name's extension (`.har`, `.jmx`) and otherwise from its
 * content: `{"log":` (HAR), Postman's `_postman_id` or schema URL, `openapi:`/`swagger:`, `<jmeterTestPlan`,
 * a line starting with `curl`. An unknown file is an ImportError listing what is understood.
 */
export function detectImportFormat(fileName: string, text: string): TImportFormat {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  const byExtension = extension === undefined ? undefined : BY_EXTENSION[extension];
  if (byExtension) return byExtension;
  const head = text.slice(0, SNIFF_LENGTH).replace(/^\uFEFF/, "");
  const sniffed = SNIFFERS.find(([, mark]) => mark.test(head))?.[0];
  if (sniffed) return sniffed;
  throw new ImportError(
    fileName.trim() || "file",
    "not a format Stampede imports: expected a HAR file (.har), a Postman collection v2.1, an OpenAPI 3 or " +
      "Swagger 2 document (JSON or YAML), a JMeter test plan (.jmx), or cURL commands",
  );
}
