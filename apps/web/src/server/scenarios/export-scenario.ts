import {
  secretRowsOf,
  type TExportedDataFile,
  type TScenarioExport,
  ZLoadConfig,
  ZScenarioSpec,
} from "@stampede/contracts";
import {
  type Db,
  exportScenarioSecrets,
  findDataSources,
  getDataSourceContents,
  getScenarioById,
  getSecretKey,
} from "@stampede/db";

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

/** What the document says about its secrets, when it has any. */
function secretsNote(count: number, passphrase: string | undefined): string | undefined {
  if (count === 0) return undefined;
  return passphrase
    ? `${count} secret value(s) sealed with the export passphrase: import with the same passphrase to keep them`
    : `${count} secret value(s) left out (shown as ••••): fill them in after import, or export with a passphrase`;
}

/**
 * The export document of a scenario (what `stampede run` reads unchanged) and the file name to save it as;
 * with `withData`, the stored data files go inside it, so the one file carries everything the run needs.
 * Secret values are left out, unless a passphrase is given: then they are sealed under it.
 */
export async function exportScenario(
  db: Db,
  id: string,
  withData = false,
  passphrase?: string,
): Promise<{ document: TScenarioExport; fileName: string }> {
  const scenario = await getScenarioById(db, id);
  const exported = exportScenarioSecrets(scenario.spec, getSecretKey(), passphrase);
  const note = secretsNote(secretRowsOf(exported).length, passphrase);
  // Stored specs were validated on save; parsing again fills defaults a later contract added.
  const spec = ZScenarioSpec.safeParse(exported);
  const load = ZLoadConfig.safeParse(scenario.load);
  const document: TScenarioExport = {
    stampede: 1,
    name: scenario.name,
    description: scenario.description,
    spec: spec.success ? spec.data : (exported as TScenarioExport["spec"]),
    ...(load.success ? { load: load.data } : {}),
    ...(withData ? { dataFiles: await exportedDataFiles(db, id) } : {}),
    ...(note ? { secrets: note } : {}),
  };
  return { document, fileName: `${slugOf(scenario.name)}.stampede.json` };
}
