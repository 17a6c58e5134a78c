import { createHash } from "node:crypto";
import type { Db } from "./client";
import { getScenarioById } from "./scenarios";

export interface DataSourceInput {
  scenarioId: string;
  /** The name the scenario's data source binding uses, e.g. `token.csv`. */
  name: string;
  fileName: string;
  content: Uint8Array;
  header: string[];
  rowCount: number;
}

/** Stores (or replaces) a validated CSV file of a scenario; the caller has parsed it already. */
export async function saveDataSource(db: Db, input: DataSourceInput) {
  await getScenarioById(db, input.scenarioId);
  const data = {
    fileName: input.fileName,
    content: Buffer.from(input.content),
    header: input.header,
    rowCount: input.rowCount,
    sizeBytes: input.content.byteLength,
    sha256: createHash("sha256").update(input.content).digest("hex"),
  };
  return db.dataSource.upsert({
    where: { scenarioId_name: { scenarioId: input.scenarioId, name: input.name } },
    create: { scenarioId: input.scenarioId, name: input.name, ...data },
    update: data,
    omit: { content: true },
  });
}

/** A scenario's data files without their content, for listings. */
export async function findDataSources(db: Db, scenarioId: string) {
  return db.dataSource.findMany({ where: { scenarioId }, orderBy: { name: "asc" }, omit: { content: true } });
}

/** The content of the named files of a scenario, by name (what the engine's plan takes). */
export async function getDataSourceContents(
  db: Db,
  scenarioId: string,
  names: string[],
): Promise<Record<string, Uint8Array>> {
  if (names.length === 0) return {};
  const rows = await db.dataSource.findMany({
    where: { scenarioId, name: { in: names } },
    select: { name: true, content: true },
  });
  return Object.fromEntries(rows.map((r) => [r.name, new Uint8Array(r.content)]));
}
