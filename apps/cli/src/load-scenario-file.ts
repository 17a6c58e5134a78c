import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  formatIssues,
  type TLoadConfig,
  type TScenarioSpec,
  ZExportedDataFile,
  ZLoadConfig,
  ZScenarioSpec,
} from "@stampede/contracts";
import { z } from "zod";
import { CliError } from "./exit-codes";
import { locateJsonError } from "./json-error-position";

/** A scenario file, validated. */
export interface TScenarioFile {
  /** Absolute path; data files are looked up beside it. */
  path: string;
  /** The console's export carries the scenario's name. */
  name?: string;
  spec: TScenarioSpec;
  /** The load saved with the scenario; absent in a bare spec. */
  load?: TLoadConfig;
  /** Data files carried inside an export made with its data, by name. */
  dataFiles?: Record<string, Uint8Array>;
}

/** The console's "Export" format. The version lets a later format be told apart instead of misread. */
const ZExportFile = z.object({
  stampede: z.literal(1),
  name: z.string().optional(),
  spec: ZScenarioSpec,
  load: ZLoadConfig.optional(),
  dataFiles: z.array(ZExportedDataFile).optional(),
});

/** A bare spec may carry `load` beside `flows`; ZScenarioSpec would silently drop it, so it is read apart. */
const ZBareLoad = z.object({ load: ZLoadConfig.optional() });

/**
 * Reads a scenario file: either a bare scenario spec or the console's export `{ stampede: 1, name, spec, load }`.
 * Every problem is a CliError (exit 2) naming the file and, for JSON and validation errors, where in it.
 */
export async function loadScenarioFile(file: string): Promise<TScenarioFile> {
  const path = resolve(file);
  const raw = parseJson(file, await readText(file, path));
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new CliError(`${file}: expected a JSON object (a scenario spec, or a console export with "stampede": 1)`);
  }
  if ("stampede" in raw) {
    // A later format would fail validation in confusing ways; say what is actually wrong instead.
    if (raw.stampede !== 1) {
      throw new CliError(
        `${file}: "stampede": ${JSON.stringify(raw.stampede)} is not an export this CLI reads (it reads 1)`,
      );
    }
    const parsed = ZExportFile.safeParse(raw);
    if (!parsed.success) throw invalid(file, formatIssues(parsed.error));
    const { name, spec, load, dataFiles } = parsed.data;
    const carried = dataFiles?.map((f) => [f.name, new Uint8Array(Buffer.from(f.base64, "base64"))] as const);
    return { path, name, spec, load, ...(carried && { dataFiles: Object.fromEntries(carried) }) };
  }
  const spec = ZScenarioSpec.safeParse(raw);
  const load = ZBareLoad.safeParse(raw);
  const issues = [...(spec.success ? [] : formatIssues(spec.error)), ...(load.success ? [] : formatIssues(load.error))];
  if (!spec.success || !load.success) throw invalid(file, issues);
  return { path, spec: spec.data, load: load.data.load };
}

async function readText(file: string, path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`scenario file not found: ${file} (looked at ${path})`);
    if (code === "EISDIR") throw new CliError(`${file} is a directory, not a scenario file`);
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

function parseJson(file: string, text: string): unknown {
  // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    const at = locateJsonError(body);
    throw new CliError(`${file}:${at.line}:${at.column}: invalid JSON: ${at.message}`);
  }
}

function invalid(file: string, issues: string[]): CliError {
  return new CliError(`${file}: the scenario is not valid:\n${issues.map((i) => `  ${i}`).join("\n")}`);
}
