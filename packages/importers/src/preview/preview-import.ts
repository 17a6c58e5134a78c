import { ZImportPreview, type TImportFormat, type TImportPreview } from "@stampede/contracts";
import { parseCurl } from "../curl/parse-curl";
import { parseHar } from "../har/parse-har";
import { ImportError } from "../import-error";
import { parseJmx } from "../jmeter";
import { parseOpenApi } from "../openapi";
import { parsePostman } from "../postman";
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
 * (static assets and duplicates marked), then the contract check. A file that cannot be read is an ImportError
 * naming where; a request the contract refuses (a header value too long, say) is one too, naming its request.
 */
export async function previewImport(format: TImportFormat, text: string): Promise<TImportPreview> {
  const parser = PARSERS[format] as (typeof PARSERS)[TImportFormat] | undefined;
  if (!parser) throw new ImportError("format", `unknown import format "${String(format)}"`);
  const preview = markStaticAndDuplicates(await parser(text));
  const checked = ZImportPreview.safeParse(preview);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0]!;
  const [top, index, ...rest] = issue.path;
  const request = top === "requests" && typeof index === "number" ? preview.requests[index] : undefined;
  const where = request ? request.where : issue.path.map(String).join(".") || "file";
  const field = request ? rest.map(String).join(".") : "";
  throw new ImportError(where, field ? `${field}: ${issue.message}` : issue.message);
}
