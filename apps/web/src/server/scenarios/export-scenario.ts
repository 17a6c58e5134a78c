import { type TScenarioExport, ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { type Db, getScenarioById } from "@stampede/db";

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

/** The export document of a scenario (what `stampede run` reads unchanged) and the file name to save it as. */
export async function exportScenario(db: Db, id: string): Promise<{ document: TScenarioExport; fileName: string }> {
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
  };
  return { document, fileName: `${slugOf(scenario.name)}.stampede.json` };
}
