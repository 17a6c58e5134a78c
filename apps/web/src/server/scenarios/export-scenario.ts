import { type TExportedDataFile, type TScenarioExport, ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { type Db, findDataSources, getDataSourceContents, getScenarioById } from "@stampede/db";

/** A file name from a scenario name: lowercase ASCII words joined by dashes. */
export function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "scenario";
}

/** Every data file stored for the scenario, its bytes in base64. */
async function exportedDataFiles(db: Db, scenarioId: string): Promise<TExportedDataFile[]> {
  const stored = await findDataSources(db, scenarioId);
  const contents = await getDataSourceContents(
    db,
    scenarioId,
    stored.map((d) => d.name),
  );
  return stored.map((d) => ({
    name: d.name,
    ...(d.fileName !== d.name ? { fileName: d.fileName } : {}),
    base64: Buffer.from(contents[d.name] ?? new Uint8Array()).toString("base64"),
  }));
}

/**
 * The export document of a scenario (what `stampede run` reads unchanged) and the file name to save it as;
 * with `withData`, the stored data files go inside it, so the one file carries everything the run needs.
 */
export async function exportScenario(
  db: Db,
  id: string,
  withData = false,
): Promise<{ document: TScenarioExport; fileName: string }> {
  const scenario = await getScenarioById(db, id);
  // Stored specs were validated on save; parsing again fills defaults a later contract added.
  const spec = ZScenarioSpec.safeParse(scenario.spec);
  const load = ZLoadConfig.safeParse(scenario.load);
  const document: TScenarioExport = {
    stampede: 1,
    name: scenario.name,
    description: scenario.description,
    spec: spec.success ? spec.data : (scenario.spec as TScenarioExport["spec"]),
    ...(load.success ? { load: load.data } : {}),
    ...(withData ? { dataFiles: await exportedDataFiles(db, id) } : {}),
  };
  return { document, fileName: `${slugOf(scenario.name)}.stampede.json` };
}
