import {
  MAX_DATA_SOURCE_BYTES,
  type TScenarioSpec,
  ZExportedDataFile,
  ZLoadConfig,
  ZScenarioSpec,
} from "@stampede/contracts";
import { createScenario, type Db, openImportedSecrets, saveDataSource } from "@stampede/db";
import { CsvError, inspectCsv } from "@stampede/engine/debug";
import { z } from "zod";
import { BadRequestError } from "../http/errors";
import { addCompileIssues } from "./compile-issues";

/** Body of POST /scenarios/import: an export document (`"stampede": 1`), or a plain `{name, spec, load?}`. */
export const ZScenarioImport = z
  .object({
    stampede: z.literal(1, { error: 'this console reads exports with "stampede": 1' }).optional(),
    name: z.string().trim().min(1, "name must not be empty").max(200).default("Imported scenario"),
    description: z.string().max(5000).optional(),
    spec: ZScenarioSpec,
    load: ZLoadConfig.nullish().transform((load) => load ?? undefined),
    dataFiles: z.array(ZExportedDataFile).default([]),
    secrets: z.string().optional(),
    /** Opens the secrets of an export made with a passphrase. */
    passphrase: z.string().min(1).max(1024).optional(),
  })
  .superRefine((input, ctx) => addCompileIssues(ctx, input.spec, ["spec"]));

type TScenarioImport = z.infer<typeof ZScenarioImport>;

/** A carried data file, decoded and parsed as a run would read it. */
interface CheckedFile {
  name: string;
  fileName: string;
  content: Uint8Array;
  header: string[];
  rowCount: number;
}

/** Decodes and parses every carried file before anything is stored; the first bad one is a 400 naming it. */
function checkDataFiles(spec: TScenarioSpec, files: TScenarioImport["dataFiles"]): CheckedFile[] {
  return files.map((file, i) => {
    const where = `dataFiles.${i} (${file.name})`;
    const content = new Uint8Array(Buffer.from(file.base64, "base64"));
    if (content.byteLength > MAX_DATA_SOURCE_BYTES) {
      throw new BadRequestError([`${where}: larger than 100 MB, the most a data file may be`]);
    }
    const binding = spec.dataSources.find((d) => d.name === file.name);
    try {
      const csv = inspectCsv(file.name, content, { firstLineIsHeader: binding?.firstLineIsHeader ?? true });
      return {
        name: file.name,
        fileName: file.fileName ?? file.name,
        content,
        header: csv.header,
        rowCount: csv.rowCount,
      };
    } catch (error) {
      if (error instanceof CsvError) throw new BadRequestError([`${where}: ${error.message}`]);
      throw error;
    }
  });
}

/**
 * Creates a scenario from an imported document, with the data files it carries (an export made with its
 * data). Every file is checked first: a bad one stores nothing at all.
 */
export async function importScenario(db: Db, input: TScenarioImport, into: { projectId: string; updatedBy: string }) {
  const files = checkDataFiles(input.spec, input.dataFiles);
  const scenario = await createScenario(db, {
    ...into,
    name: input.name,
    description: input.description,
    // Secrets sealed under the export's passphrase are opened, then sealed again under this instance's key.
    spec: openImportedSecrets(input.spec, input.passphrase),
    load: input.load,
  });
  for (const file of files) {
    await saveDataSource(db, {
      scenarioId: scenario.id,
      name: file.name,
      fileName: file.fileName,
      content: file.content,
      header: file.header,
      rowCount: file.rowCount,
    });
  }
  return scenario;
}
