import type { TDataSourceInfo } from "@stampede/contracts";
import { type Db, findDataSources, getDataSourceHeads, getScenarioById } from "@stampede/db";
import { previewFromHead, toDataSourceInfo } from "./data-source-info";

/** Ten rows of any sensible CSV fit in this much; a listing never reads a whole 100 MB file. */
const PREVIEW_HEAD_BYTES = 256 * 1024;

/** A scenario's data files with their previews, by name. */
export async function listDataSources(db: Db, scenarioId: string): Promise<TDataSourceInfo[]> {
  await getScenarioById(db, scenarioId);
  const [rows, heads] = await Promise.all([
    findDataSources(db, scenarioId),
    getDataSourceHeads(db, scenarioId, PREVIEW_HEAD_BYTES),
  ]);
  const headByName = new Map(heads.map((h) => [h.name, h]));
  return rows.map((row) => {
    const head = headByName.get(row.name);
    return toDataSourceInfo(row, head ? previewFromHead(row, head.head, head.complete) : []);
  });
}
