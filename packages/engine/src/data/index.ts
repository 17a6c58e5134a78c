export { CsvError, parseCsvTable, type DataTable } from "./csv-table";
export { createRowFeeder, type RowFeeder, type RowFeederBinding } from "./row-feeder";
export {
  createDataFeeders,
  newVuDataState,
  type DataFeeders,
  type DataTableSummary,
  type VuDataState,
} from "./data-feeders";
export { DataSourceError } from "./data-source-error";
