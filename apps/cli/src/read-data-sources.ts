import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { TScenarioSpec } from "@stampede/contracts";
import { CliError } from "./exit-codes";

/**
 * Reads the file every data source names: from the export itself when it carries the file (`carried`),
 * else from `dir` (the scenario file's directory, or --data). A file in an explicit --data directory wins
 * over a carried one. Bytes, not text: the engine decodes CSV itself, as it does for uploads. A missing file
 * stops the run before it starts.
 */
export async function readDataSources(
  spec: TScenarioSpec,
  dir: string,
  carried: Record<string, Uint8Array> = {},
  preferDir = false,
): Promise<Record<string, Uint8Array>> {
  const data: Record<string, Uint8Array> = {};
  for (const source of spec.dataSources) {
    if (Object.hasOwn(data, source.name)) continue;
    const path = resolve(dir, source.name);
    const inside = Object.hasOwn(carried, source.name) ? carried[source.name] : undefined;
    if (inside && !(preferDir && (await isFile(path)))) {
      data[source.name] = inside;
      continue;
    }
    try {
      data[source.name] = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const where = `data source "${source.name}"`;
      if (code === "ENOENT") {
        throw new CliError(`${where}: file not found: ${path} (data files are read from ${dir}; see --data)`);
      }
      throw new CliError(`${where}: cannot read ${path}: ${(error as Error).message}`);
    }
  }
  return data;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
