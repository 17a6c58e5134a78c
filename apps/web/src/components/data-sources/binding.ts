import type { TDataSourceBinding } from "@stampede/contracts";
import type { DataSourceInfo } from "./types";

/** How many columns a stored file has: its header, or the width of its first previewed row. */
export function columnCount(file: DataSourceInfo): number {
  return file.header.length || file.preview?.[0]?.length || 0;
}

/**
 * The binding a fresh upload gets: every column mapped to a parameter of its header name (or col1, col2...),
 * written out so the mapping can be edited and the Parameters panel lists them without the file.
 */
export function bindingFor(file: DataSourceInfo, firstLineIsHeader: boolean): TDataSourceBinding {
  const columns = Array.from({ length: columnCount(file) }, (_, i) => {
    const name = firstLineIsHeader ? file.header[i] : undefined;
    return name ? { column: name, param: name } : { column: String(i + 1), param: `col${i + 1}` };
  });
  return { name: file.name, firstLineIsHeader, columns, policy: "sequential", onEnd: "recycle", advance: "iteration" };
}

/** A re-upload keeps the mapping the person set up when the columns are the same. */
export function rebind(
  existing: TDataSourceBinding,
  file: DataSourceInfo,
  firstLineIsHeader: boolean,
): TDataSourceBinding {
  const fresh = bindingFor(file, firstLineIsHeader);
  const same =
    existing.firstLineIsHeader === firstLineIsHeader &&
    existing.columns.length === fresh.columns.length &&
    existing.columns.every((c, i) => c.column === fresh.columns[i]?.column);
  return same ? existing : { ...existing, firstLineIsHeader, columns: fresh.columns };
}
