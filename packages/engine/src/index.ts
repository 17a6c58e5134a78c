export { runLoad } from "./run-load";
export { compileScenario, type CompiledScenario } from "./compile/compile-scenario";
export { ScenarioCompileError } from "./compile/compile-error";
export { compileTemplate, type Params, type Template } from "./template";
export { compileJsonPath } from "./json-path";
export { CsvError, parseCsvTable, type DataTable } from "./data/csv-table";
export { DataSourceError } from "./data/data-source-error";
export { MemoryTokenStore, type FreshToken, type TokenRecord, type TokenStore } from "./token/token-store";
export {
  systemClock,
  type Clock,
  type LoadControl,
  type LoadPlan,
  type MetricsSink,
  type RunLoadOptions,
} from "./types";
export { maskSecretValues, maskSecretsDeep } from "./sampling/mask";
