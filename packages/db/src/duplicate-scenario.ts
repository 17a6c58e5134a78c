import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";
import { getScenarioById, withRedactedSpec } from "./scenarios";

/** Longest scenario name the API accepts. */
const MAX_NAME = 200;
const SUFFIX = " (copy)";

/**
 * Copies a scenario — spec, load, description — under "<name> (copy)", with its data files. One nested
 * create, so the copy appears whole or not at all. Its version starts again at 1 and it has no runs. Its
 * secrets are copied sealed; the returned row shows them as "••••".
 */
export async function duplicateScenario(db: Db, id: string, updatedBy?: string) {
  const source = await getScenarioById(db, id);
  const files = await db.dataSource.findMany({ where: { scenarioId: id }, orderBy: { name: "asc" } });
  const copy = await db.scenario.create({
    data: {
      projectId: source.projectId,
      updatedBy: updatedBy ?? null,
      name: `${source.name.slice(0, MAX_NAME - SUFFIX.length)}${SUFFIX}`,
      description: source.description,
      spec: source.spec as Prisma.InputJsonValue,
      load: (source.load ?? undefined) as Prisma.InputJsonValue | undefined,
      dataSources: {
        create: files.map((f) => ({
          name: f.name,
          fileName: f.fileName,
          content: f.content,
          header: f.header,
          rowCount: f.rowCount,
          sizeBytes: f.sizeBytes,
          sha256: f.sha256,
        })),
      },
    },
  });
  return withRedactedSpec(copy);
}
