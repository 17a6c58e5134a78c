import { type TDataSourceInfo, ZDataSourceInfo } from "@stampede/contracts";
import { inspectCsv } from "@stampede/engine/debug";
import { z } from "zod";
import type { StoredDataSourceRow } from "@stampede/db";

/** A data file's name as a scenario's binding uses it (`token.csv`); it is a URL path segment too. */
export const ZDataSourceName = z
  .string()
  .trim()
  .min(1, "name must not be empty")
  .max(200)
  .refine((n) => !/[/\\]/.test(n), "name must not contain / or \\");

/** The stored row's fields the API shows, without the content. */
type StoredDataSource = Pick<StoredDataSourceRow, "name" | "fileName" | "header" | "rowCount" | "sizeBytes" | "sha256">;

export function toDataSourceInfo(row: StoredDataSource, preview: string[][]): TDataSourceInfo {
  return ZDataSourceInfo.parse({ ...row, preview });
}

const sameHeader = (a: string[], b: string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

/**
 * The preview rows of a stored file, from its first bytes (cut at the last whole line). Whether the file
 * has a header line is not stored; the stored header tells: `col1..colN` is what a file without one gets.
 * Empty when the head cannot be parsed on its own (a quoted field spanning the cut).
 */
export function previewFromHead(row: StoredDataSource, head: Uint8Array, complete: boolean): string[][] {
  const text = complete ? head : head.subarray(0, head.lastIndexOf(0x0a) + 1);
  const generated = row.header.every((h, i) => h === `col${i + 1}`);
  for (const firstLineIsHeader of generated ? [true, false] : [true]) {
    try {
      const csv = inspectCsv(row.name, text, { firstLineIsHeader });
      if (!firstLineIsHeader || sameHeader(csv.header, row.header)) return csv.preview;
    } catch {
      // try the other reading, or show no preview
    }
  }
  return [];
}
