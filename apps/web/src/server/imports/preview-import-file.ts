import { detectImportFormat, findCorrelations, hostsOf, previewImport } from "@stampede/importers";
import { PayloadTooLargeError } from "../http/errors";
import type { TImportPreviewBody } from "./import-inputs";
import { MAX_IMPORT_FILE_BYTES } from "./import-limits";

/**
 * Reads an uploaded or pasted file into the preview the console shows: its requests, the hosts they go to (for
 * the host filter), the values to correlate and the credentials to keep as secrets. Nothing is stored.
 */
export async function previewImportFile(body: TImportPreviewBody) {
  if (Buffer.byteLength(body.content, "utf8") > MAX_IMPORT_FILE_BYTES) {
    throw new PayloadTooLargeError(MAX_IMPORT_FILE_BYTES, "content (the file to import)");
  }
  const format = body.format ?? detectImportFormat(body.fileName ?? "", body.content);
  const preview = await previewImport(format, body.content);
  const { correlations, secrets } = findCorrelations(preview);
  return { preview, hosts: hostsOf(preview), correlations, secrets };
}
