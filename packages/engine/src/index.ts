export { runLoad } from "./run-load";
export { compileScenario, ScenarioCompileError, type CompiledScenario } from "./compile";
export { compileTemplate, type Params, type Template } from "./template";
export { compileJsonPath } from "./json-path";
export {
  createHistogram,
  decodeHistogram,
  encodeHistogram,
  mergeEncodedHistograms,
  summarizeLatency,
  type Histogram,
} from "./metrics/histogram";
export { systemClock, type Clock, type LoadPlan, type MetricsSink, type RunLoadOptions } from "./types";
