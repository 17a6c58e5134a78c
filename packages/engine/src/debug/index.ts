// The console's single-iteration debugger: the only part of the engine the web app may import. Nothing
// here runs load; it sends one iteration's requests, validates a spec, and reads a CSV file.
export { debugIteration, type DebugIterationInput, type DebugIterationOptions } from "./debug-iteration";
export { DEBUG_TIMEOUT_MS } from "./debug-session";
export { findScenarioProblems, validateScenario, type ScenarioProblem } from "./validate-scenario";
export { inspectCsv, type CsvInspection } from "./inspect-csv";
export { CsvError } from "../data/csv-table";
export { DataSourceError } from "../data/data-source-error";
export { ScenarioCompileError } from "../compile/compile-error";
export { CsvStreamInspector, type CsvSummary } from "../data/csv-stream";
