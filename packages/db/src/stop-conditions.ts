import { type TStopCondition, ZStopConditions } from "@stampede/contracts";
import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";
import { getProjectById } from "./projects";

/** A project's default stop conditions (used by scenarios that define none); [] when it has none. */
export async function getProjectStopConditions(db: Db, projectId: string): Promise<TStopCondition[]> {
  const project = await getProjectById(db, projectId);
  // Stored lists were valid when saved; one that no longer parses is treated as none rather than failing runs.
  const parsed = ZStopConditions.safeParse(project.stopConditions ?? []);
  return parsed.success ? parsed.data : [];
}

/** Replaces a project's default stop conditions. */
export async function setProjectStopConditions(db: Db, projectId: string, rules: TStopCondition[]): Promise<void> {
  await getProjectById(db, projectId);
  await db.project.update({
    where: { id: projectId },
    data: { stopConditions: rules as unknown as Prisma.InputJsonValue },
  });
}
