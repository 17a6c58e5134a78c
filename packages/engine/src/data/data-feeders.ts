import { DataSourceError } from "./data-source-error";
import type { TDataSourceBinding } from "@stampede/contracts";
import { type DataTable, parseCsvTable } from "./csv-table";
import { createRowFeeder, type RowFeeder } from "./row-feeder";

/** What an iteration gets when the scenario has no data sources. */
export const NO_ROW: Readonly<Record<string, string>> = Object.freeze({});

/** Per-VU data state: the rows a VU keeps for the whole run (bindings with advance "vu"), by binding. */
export interface VuDataState {
  sticky: Map<string, Record<string, string>>;
}

/** A fresh state for a new VU. */
export function newVuDataState(): VuDataState {
  return { sticky: new Map() };
}

/** A data file as the logs describe it. */
export interface DataTableSummary {
  name: string;
  rows: number;
  columns: string[];
}

/** Every data source of a scenario, ready to feed iterations. */
export interface DataFeeders {
  /** Parameters for this VU's next iteration; null when a data source is used up (the VU stops). */
  forIteration(vu: VuDataState): Record<string, string> | null;
  /** Each distinct file once: name, row count and column names. */
  describeTables(): DataTableSummary[];
  /** Every parameter a data source sets. */
  readonly params: readonly string[];
}

interface BoundFeeder {
  /** Key into VuDataState.sticky, or undefined when the binding takes a new row every iteration. */
  stickyKey: string | undefined;
  feeder: RowFeeder;
}

/**
 * Parses each file once (bindings that name the same file share its rows) and creates one feeder per
 * binding. Throws a CsvError for a bad file, and an Error for a missing file, a bad column mapping, or a
 * parameter that two bindings both set.
 */
export function createDataFeeders(
  bindings: TDataSourceBinding[],
  files: Record<string, string | Uint8Array>,
  random: () => number = Math.random,
  shard?: { index: number; count: number },
): DataFeeders {
  const tables = new Map<string, DataTable>();
  const paramSource = new Map<string, string>();
  const bound: BoundFeeder[] = bindings.map((binding, i) => {
    const table = partition(tableFor(binding, files, tables), binding, shard);
    const feeder = createRowFeeder(table, binding, random);
    for (const param of feeder.params) {
      const other = paramSource.get(param);
      if (other !== undefined) {
        throw new DataSourceError(`parameter "${param}" comes from two data sources (${other} and ${binding.name})`);
      }
      paramSource.set(param, binding.name);
    }
    return { stickyKey: binding.advance === "vu" ? `${i}:${binding.name}` : undefined, feeder };
  });

  return {
    params: [...paramSource.keys()],
    forIteration(vu) {
      if (bound.length === 0) return NO_ROW; // no data sources: nothing to allocate per iteration
      const params: Record<string, string> = {};
      for (const { stickyKey, feeder } of bound) {
        let row = stickyKey === undefined ? undefined : vu.sticky.get(stickyKey);
        if (row === undefined) {
          row = feeder.next();
          if (row === undefined) return null;
          if (stickyKey !== undefined) vu.sticky.set(stickyKey, row);
        }
        Object.assign(params, row);
      }
      return params;
    },
    describeTables() {
      const seen = new Map<string, DataTableSummary>();
      for (const t of tables.values()) seen.set(t.name, { name: t.name, rows: t.rows.length, columns: t.header });
      return [...seen.values()];
    },
  };
}

/**
 * A shard's part of a table for row policies that must not share rows across machines: "unique" (each row
 * once in the whole run) and "sequential" (each row in order, once per pass). Shard i takes rows i, i+n,
 * i+2n, ... — references to the same row arrays, not copies. Random rows stay shared.
 */
function partition(
  table: DataTable,
  binding: TDataSourceBinding,
  shard: { index: number; count: number } | undefined,
): DataTable {
  if (!shard || shard.count <= 1 || binding.policy === "random") return table;
  const rows = table.rows.filter((_, i) => i % shard.count === shard.index);
  if (rows.length === 0) {
    throw new DataSourceError(
      `data source "${binding.name}" has ${table.rows.length} row(s), fewer than the ${shard.count} load generators sharing it`,
    );
  }
  return { ...table, rows };
}

function tableFor(
  binding: TDataSourceBinding,
  files: Record<string, string | Uint8Array>,
  tables: Map<string, DataTable>,
): DataTable {
  // The same file read with and without a header line gives two different tables.
  const key = `${binding.firstLineIsHeader ? "h" : "n"}:${binding.name}`;
  const cached = tables.get(key);
  if (cached) return cached;
  if (!Object.hasOwn(files, binding.name)) {
    const given = Object.keys(files);
    throw new DataSourceError(
      `data source "${binding.name}" has no file; files given: ${given.length ? given.join(", ") : "none"}`,
    );
  }
  const table = parseCsvTable(binding.name, files[binding.name]!, { firstLineIsHeader: binding.firstLineIsHeader });
  tables.set(key, table);
  return table;
}
