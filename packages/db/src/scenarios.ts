import { redactSecrets, type TLoadConfig, type TScenarioSpec } from "@stampede/contracts";
import type { Db } from "./client";
import { NotFoundError } from "./errors";
import type { Prisma } from "./generated/prisma/client";
import { sealScenarioSecrets } from "./secrets/scenario-secrets";
import { getSecretKey } from "./secrets/secret-key";

/** The project everything made before accounts belongs to (the accounts migration creates it). */
export const DEFAULT_PROJECT_ID = "default";

export interface ScenarioInput {
  name: string;
  description?: string;
  spec: TScenarioSpec;
  load?: TLoadConfig;
  /** Where a new scenario goes; the default project when omitted (scripts and tests). */
  projectId?: string;
  /** Who saves it, as people read it ("ana@example.com", "key ci"). */
  updatedBy?: string;
}

/** A scenario row as it may be shown: each secret value "••••" (the stored row keeps it sealed). */
export function withRedactedSpec<R extends { spec: unknown }>(row: R): R {
  return { ...row, spec: redactSecrets(row.spec) };
}

/** Creates a scenario; its secret values are stored sealed (the returned row shows them as "••••"). */
export async function createScenario(db: Db, input: ScenarioInput) {
  const spec = sealScenarioSecrets(input.spec, undefined, getSecretKey());
  const row = await db.scenario.create({
    data: {
      projectId: input.projectId ?? DEFAULT_PROJECT_ID,
      updatedBy: input.updatedBy ?? null,
      name: input.name,
      description: input.description ?? "",
      spec: spec as Prisma.InputJsonValue,
      load: (input.load ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
  return withRedactedSpec(row);
}

/**
 * Replaces a scenario's spec and bumps its version; runs already asked for keep their snapshot. A secret sent
 * as "••••" keeps its stored value (the returned row shows secrets as "••••").
 */
export async function updateScenario(db: Db, id: string, input: ScenarioInput) {
  const stored = await getScenarioById(db, id);
  const spec = sealScenarioSecrets(input.spec, stored.spec, getSecretKey());
  const row = await db.scenario.update({
    where: { id },
    data: {
      name: input.name,
      description: input.description ?? "",
      spec: spec as Prisma.InputJsonValue,
      load: (input.load ?? undefined) as Prisma.InputJsonValue | undefined,
      updatedBy: input.updatedBy ?? null,
      version: { increment: 1 },
    },
  });
  return withRedactedSpec(row);
}

/** The stored row, secrets sealed: for the domain (runs, export, Debug); show it through withRedactedSpec. */
export async function getScenarioById(db: Db, id: string) {
  const scenario = await db.scenario.findUnique({ where: { id } });
  if (!scenario) throw new NotFoundError("scenario", id);
  return scenario;
}

/** Scenarios, newest first, each with its latest run's status and time; secrets shown as "••••". */
export async function findScenarios(db: Db, options: { projectId?: string; search?: string; take?: number } = {}) {
  const rows = await db.scenario.findMany({
    where: {
      projectId: options.projectId,
      name: options.search ? { contains: options.search, mode: "insensitive" } : undefined,
    },
    orderBy: { updatedAt: "desc" },
    take: options.take ?? 200,
    include: {
      runs: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, status: true, createdAt: true } },
    },
  });
  return rows.map(({ runs, ...scenario }) => ({ ...withRedactedSpec(scenario), lastRun: runs[0] ?? null }));
}

export async function deleteScenario(db: Db, id: string) {
  await getScenarioById(db, id);
  await db.scenario.delete({ where: { id } });
}
