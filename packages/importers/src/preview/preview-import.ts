import { ZImportPreview, type TImportFormat, type TImportPreview } from "@stampede/contracts";
import { parseCurl } from "../curl/parse-curl";
import { parseHar } from "../har/parse-har";
import { ImportError } from "../import-error";
import { parseJmx } from "../jmeter";
import { parseOpenApi } from "../openapi";
import { parsePostman } from "../postman";
import { admitRequests } from "./admit-requests";
import { markStaticAndDuplicates } from "./static-and-duplicates";

const PARSERS: Record<TImportFormat, (text: string) => TImportPreview | Promise<TImportPreview>> = {
  har: (text) => parseHar(text),
  // A recording is exported as HAR by the recorder, so it reads the same way.
  recording: (text) => parseHar(text, "recording"),
  curl: parseCurl,
  postman: parsePostman,
  openapi: parseOpenApi,
  jmeter: parseJmx,
};

/**
 * The one entry point every caller uses to read an import: the format's parser, then the preview rules
 * (requests the contract refuses become notes, static assets and duplicates are marked), then the contract
 * check of the whole. A file that cannot be read is an ImportError naming where.
 */
export async function previewImport(format: TImportFormat, text: string): Promise<TImportPreview> {
  const parser = PARSERS[format] as (typeof PARSERS)[TImportFormat] | undefined;
  if (!parser) throw new ImportError("format", `unknown import format "${String(format)}"`);
  const preview = markStaticAndDuplicates(admitRequests(await parser(text)));
  const checked = ZImportPreview.safeParse(preview);
  if (checked.success) return checked.data;
  // Requests were admitted one by one above; what is left is the file's own settings (globals, load, ...).
  const issue = checked.error.issues[0]!;
  throw new ImportError(issue.path.map(String).join(".") || "file", issue.message);
}
