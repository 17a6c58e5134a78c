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
      latencyMs: s.latencyMs,
      data: s as unknown as Prisma.InputJsonValue,
    })),
  });
}

/** Which sampled requests to read; every field narrows, absent ones do not. */
export interface RunSampleFilter {
  kind?: "failure" | "success";
  step?: string;
  /** HTTP status of the response; 0 for requests that got none. */
  status?: number;
  /** An error kind (ERROR_KINDS): samples whose error is that kind, with or without a detail after it. */
  errorKind?: string;
  minMs?: number;
  maxMs?: number;
  /** Responses that ended in [from, to]. */
  from?: Date;
  to?: Date;
  /** The `nextCursor` of the page before: continue after it. */
  cursor?: RunSampleCursor;
  take?: number;
}

/** Where a page ended: the last sample's end time and row id (samples are read newest first). */
export interface RunSampleCursor {
  atMs: number;
  id: bigint;
}

/** A stored sample with its row id (for paging and for telling samples apart). */
export type StoredRunSample = TRequestSample & { id: string };

export function formatSampleCursor(cursor: RunSampleCursor): string {
  return `${cursor.atMs}.${cursor.id}`;
}

/** The cursor a client sent back; undefined when it is not one this API made. */
export function parseSampleCursor(text: string): RunSampleCursor | undefined {
  const match = /^(\d{1,15})\.(\d{1,19})$/.exec(text);
  return match ? { atMs: Number(match[1]), id: BigInt(match[2]!) } : undefined;
}

function whereOf(runId: string, f: RunSampleFilter): Prisma.RunSampleWhereInput {
  const and: Prisma.RunSampleWhereInput[] = [];
  if (f.errorKind) and.push({ OR: [{ error: f.errorKind }, { error: { startsWith: `${f.errorKind}:` } }] });
  if (f.cursor) {
    const at = new Date(f.cursor.atMs);
    and.push({ OR: [{ at: { lt: at } }, { at, id: { lt: f.cursor.id } }] });
  }
  return {
    runId,
    kind: f.kind,
    step: f.step,
    status: f.status,
    latencyMs: f.minMs === undefined && f.maxMs === undefined ? undefined : { gte: f.minMs, lte: f.maxMs },
    at: f.from === undefined && f.to === undefined ? undefined : { gte: f.from, lte: f.to },
    AND: and,
  };
}

/** One page of a run's sampled requests, newest first, and the cursor of the next page (null: no more). */
export async function findRunSamplePage(
  db: Db,
  runId: string,
  filter: RunSampleFilter = {},
): Promise<{ samples: StoredRunSample[]; nextCursor: string | null }> {
  const take = Math.min(filter.take ?? 100, 500);
  const rows = await db.runSample.findMany({
    where: whereOf(runId, filter),
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: take + 1,
    select: { id: true, at: true, data: true },
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    samples: page.map((r) => ({ ...(r.data as unknown as TRequestSample), id: String(r.id) })),
    nextCursor: rows.length > take && last ? formatSampleCursor({ atMs: last.at.getTime(), id: last.id }) : null,
  };
}

/** Sampled requests of a run, newest first, optionally filtered (see RunSampleFilter). */
export async function findRunSamples(db: Db, runId: string, filter: RunSampleFilter = {}): Promise<TRequestSample[]> {
  const { samples } = await findRunSamplePage(db, runId, filter);
  return samples.map(({ id: _id, ...sample }) => sample);
}
