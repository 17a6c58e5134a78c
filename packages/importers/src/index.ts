// The importers' public surface; each format lives in its own folder.
export { ImportError, parseJsonText } from "./import-error";
export { parseHar } from "./har/parse-har";
export { parseCurl } from "./curl/parse-curl";
export { previewImport } from "./preview/preview-import";
export { detectImportFormat } from "./preview/detect-format";
export { markStaticAndDuplicates, isStaticRequest } from "./preview/static-and-duplicates";
export { hostsOf, hostOf, type ImportHost } from "./preview/hosts";
export { importableHeaders, headerValue } from "./preview/request-headers";
export { bodyFromText, isTextType, mediaType } from "./preview/request-body";
export { requestName } from "./preview/request-name";
export {
  buildScenario,
  httpStepOf,
  DEFAULT_FLOW_NAME,
  type BuiltScenario,
  type BuildChoice,
} from "./build/build-scenario";
export { appendToFlow } from "./build/append-to-flow";
export type { TFlowInput, TStepInput } from "./build/scenario-types";
