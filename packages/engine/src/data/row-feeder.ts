import { DataSourceError } from "./data-source-error";
import type { TDataSourceBinding } from "@stampede/contracts";
import type { DataTable } from "./csv-table";

/** Hands out a table's rows as parameters by the binding's policy; one feeder is shared by every VU. */
export interface RowFeeder {
  /** The next row's parameters; undefined once the rows are used up and onEnd is "stop". */
  next(): Record<string, string> | undefined;
  /** The parameter names each row carries. */
  readonly params: readonly string[];
}

/** The part of a binding a feeder needs. */
export type RowFeederBinding = Pick<TDataSourceBinding, "columns" | "policy" | "onEnd">;

/**
 * Creates the feeder. The column mapping is resolved here, once, so a bad mapping fails before the run.
 * sequential and unique both walk the file in order with one cursor shared by all callers (each row once
 * per pass); random draws a uniform row per call and never runs out.
 */
export function createRowFeeder(
  table: DataTable,
  binding: RowFeederBinding,
  random: () => number = Math.random,
): RowFeeder {
  const { rows } = table;
  if (rows.length === 0) throw new DataSourceError(`data source ${table.name} has no rows`);
  const mapping =
    binding.columns.length === 0
      ? table.header.map((param, index) => ({ param, index }))
      : binding.columns.map(({ column, param }) => ({ param, index: resolveColumn(table, column) }));
  const params = mapping.map((m) => m.param);
  const indices = mapping.map((m) => m.index);

  const toParams = (row: string[]): Record<string, string> => {
    const out: Record<string, string> = {};
    for (let k = 0; k < params.length; k++) out[params[k]!] = row[indices[k]!]!;
    return out;
  };

  if (binding.policy === "random") {
    const n = rows.length;
    return { params, next: () => toParams(rows[Math.min(n - 1, Math.floor(random() * n))]!) };
  }

  const recycle = binding.onEnd === "recycle";
  let cursor = 0;
  return {
    params,
    next() {
      if (cursor === rows.length) {
        if (!recycle) return undefined;
        cursor = 0;
      }
      return toParams(rows[cursor++]!);
    },
  };
}

/** A header name first (a header may itself be "2"), then a 1-based column number. */
function resolveColumn(table: DataTable, column: string): number {
  const byName = table.header.indexOf(column);
  if (byName !== -1) return byName;
  const width = table.header.length;
  const available = `columns: ${table.header.join(", ")} (or a number 1-${width})`;
  if (/^[1-9][0-9]*$/.test(column)) {
    const n = Number(column);
    if (n <= width) return n - 1;
    throw new DataSourceError(
      `data source ${table.name}: column ${column} is out of range, the file has ${width}; ${available}`,
    );
  }
  throw new DataSourceError(`data source ${table.name}: no column "${column}"; ${available}`);
}
