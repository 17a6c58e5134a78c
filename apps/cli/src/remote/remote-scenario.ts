import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { ZLoadConfig, ZScenarioSpec, type TLoadConfig, type TScenarioSpec } from "@stampede/contracts";
import { loadScenarioFile } from "../load-scenario-file";
import type { ConsoleClient } from "./console-client";

/** The scenario a remote run starts: its id on the console, its name, spec and saved load. */
export interface TRemoteScenario {
  id: string;
  name: string;
  spec: TScenarioSpec | undefined;
  load: TLoadConfig | undefined;
  /** True when the CLI uploaded it from a file just now. */
  uploaded: boolean;
}

interface TScenarioDto {
  id: string;
  name: string;
  spec: unknown;
  load: unknown;
}

/**
 * A file (an existing path) is checked here as `stampede run` would, then uploaded as a new scenario: a console
 * export as is (with its data files), a bare spec under the file's name. Anything else is a scenario id.
 */
export async function resolveRemoteScenario(client: ConsoleClient, target: string): Promise<TRemoteScenario> {
  if (await isFile(target)) {
    const file = await loadScenarioFile(target);
    const raw = JSON.parse(await readFile(file.path, "utf8")) as Record<string, unknown>;
    const name = file.name ?? basename(target, extname(target));
    const body = "stampede" in raw ? raw : { name, spec: file.spec, load: file.load };
    const { scenario } = await client.json<{ scenario: TScenarioDto }>("POST", "/scenarios/import", body);
    return { id: scenario.id, name: scenario.name, spec: file.spec, load: file.load, uploaded: true };
  }
  const { scenario } = await client.json<{ scenario: TScenarioDto }>("GET", `/scenarios/${encodeURIComponent(target)}`);
  // The console sends the spec with its secrets masked; it still names every step, which is what is used here.
  const spec = ZScenarioSpec.safeParse(scenario.spec);
  const load = ZLoadConfig.safeParse(scenario.load);
  return {
    id: scenario.id,
    name: scenario.name,
    spec: spec.success ? spec.data : undefined,
    load: load.success ? load.data : undefined,
    uploaded: false,
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
