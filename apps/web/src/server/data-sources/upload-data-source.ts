import type { TDataSourceInfo } from "@stampede/contracts";
import { type Db, saveDataSource } from "@stampede/db";
import { inspectCsv } from "@stampede/engine/debug";
import { z } from "zod";
import { toDataSourceInfo } from "./data-source-info";

/** Query of PUT /scenarios/:id/data-sources/:name. */
export const ZUploadQuery = z.object({
  firstLineIsHeader: z
    .enum(["true", "false"], { error: "firstLineIsHeader is true or false" })
    .default("true")
    .transform((v) => v === "true"),
  /** The uploaded file's own name, when it differs from the name the scenario binds. */
  fileName: z.string().trim().min(1).max(255).optional(),
});

export interface UploadDataSourceInput {
  scenarioId: string;
  name: string;
  fileName: string;
  firstLineIsHeader: boolean;
  bytes: Uint8Array;
}

/**
 * Parses the file as a run will and stores it only if it parses: a bad file throws CsvError (file, line,
 * reason) and leaves any stored file of that name as it was.
 */
export async function uploadDataSource(db: Db, input: UploadDataSourceInput): Promise<TDataSourceInfo> {
  const csv = inspectCsv(input.name, input.bytes, { firstLineIsHeader: input.firstLineIsHeader });
  const row = await saveDataSource(db, {
    scenarioId: input.scenarioId,
    name: input.name,
    fileName: input.fileName,
    content: input.bytes,
    header: csv.header,
    rowCount: csv.rowCount,
  });
  return toDataSourceInfo(row, csv.preview);
}
