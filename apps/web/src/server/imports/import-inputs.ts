import { IMPORT_FORMATS, ZImportChoice, ZImportPreview } from "@stampede/contracts";
import { z } from "zod";

/** Body of POST /imports/preview: the file's text, and its name or format so the format can be told. */
export const ZImportPreviewBody = z.object({
  /** The file's name as the user chose it; its extension helps tell the format. */
  fileName: z.string().trim().max(500).optional(),
  /** The format, when the user chose it; absent: told from the name and the content. */
  format: z.enum(IMPORT_FORMATS, { error: `format must be one of ${IMPORT_FORMATS.join(", ")}` }).optional(),
  content: z.string().min(1, "content must not be empty (choose a file or paste commands)"),
});
export type TImportPreviewBody = z.infer<typeof ZImportPreviewBody>;

/** Where the imported requests go: a new scenario, or the end of a flow of an existing one. */
export const ZImportTarget = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("new"),
      name: z.string().trim().min(1, "name must not be empty").max(200),
    }),
    z.object({
      kind: z.literal("append"),
      scenarioId: z.string().min(1, "choose a scenario"),
      flow: z.string().min(1, "choose a flow"),
      /** The scenario version the user chose the flow from; a later save in between is a 409, as in the editor. */
      expectedVersion: z.number().int().min(1).optional(),
    }),
  ],
  { error: 'target.kind must be "new" or "append"' },
);
export type TImportTarget = z.infer<typeof ZImportTarget>;

/** Body of POST /imports: the preview as /imports/preview returned it, what the user chose, and where it goes. */
export const ZImportRequest = z.object({
  preview: ZImportPreview,
  choice: ZImportChoice,
  target: ZImportTarget,
});
export type TImportRequest = z.infer<typeof ZImportRequest>;
