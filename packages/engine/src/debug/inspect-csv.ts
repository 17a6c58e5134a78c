import { DATA_SOURCE_PREVIEW_ROWS } from "@stampede/contracts";
import { parseCsvTable } from "../data/csv-table";

/** What the console shows of an uploaded data file. */
export interface CsvInspection {
  /** Column names: the first line, or `col1..colN` without a header line. */
  header: string[];
  /** Data rows (the header line not counted). */
  rowCount: number;
  /** The first 10 data rows. */
  preview: string[][];
}

/**
 * Parses a CSV file exactly as a run will; throws CsvError (its message names the file, the line and the
 * reason) for a file a run would refuse.
 */
export function inspectCsv(
  name: string,
  bytes: string | Uint8Array,
  options: { firstLineIsHeader: boolean },
): CsvInspection {
  const table = parseCsvTable(name, bytes, options);
  return { header: table.header, rowCount: table.rows.length, preview: table.rows.slice(0, DATA_SOURCE_PREVIEW_ROWS) };
}
