import { readRequiredJsonBody } from "@/server/http/read-body";
import { answeringImportErrors } from "@/server/imports/import-refusal";
import { ZImportPreviewBody } from "@/server/imports/import-inputs";
import { MAX_IMPORT_BODY_BYTES } from "@/server/imports/import-limits";
import { previewImportFile } from "@/server/imports/preview-import-file";
import { authed, authorize, requestProject } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/** Reads a HAR, cURL, Postman, OpenAPI or JMeter file into a preview; nothing is saved. */
export const POST = authed(async (request: Request, _context: unknown, actor) => {
  await authorize(actor, await requestProject(request, actor), "edit");
  const body = ZImportPreviewBody.parse(await readRequiredJsonBody(request, MAX_IMPORT_BODY_BYTES));
  return answeringImportErrors(async () => Response.json(await previewImportFile(body)));
});
