import type { TRequestSample } from "@stampede/contracts";
import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";

/** Stores a batch of sampled requests of a run. */
export async function saveRunSamples(db: Db, runId: string, samples: TRequestSample[]) {
  if (samples.length === 0) return;
  await db.runSample.createMany({
    data: samples.map((s) => ({
      runId,
      at: new Date(s.at),
      step: s.step,
      kind: s.kind,
      status: s.response?.status ?? 0,
      error: s.error,
      data: s as unknown as Prisma.InputJsonValue,
    })),
  });
}

/** Sampled requests of a run, newest first, optionally only failures or one step's. */
export async function findRunSamples(
  db: Db,
  runId: string,
  options: { kind?: "failure" | "success"; step?: string; take?: number } = {},
): Promise<TRequestSample[]> {
  const rows = await db.runSample.findMany({
    where: { runId, kind: options.kind, step: options.step },
    orderBy: { at: "desc" },
    take: Math.min(options.take ?? 100, 500),
    select: { data: true },
  });
  return rows.map((r) => r.data as unknown as TRequestSample);
}
