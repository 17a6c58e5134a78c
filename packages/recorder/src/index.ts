// The recorder's public surface: a recording HTTP(S) forward proxy and its HAR output.
export { CA_CERT_FILE, CA_KEY_FILE, ensureCa, type TRecorderCa } from "./ca";
export { MAX_CAPTURED_BODY_BYTES, type TCapturedBody, type THeader, type TRecordedExchange } from "./exchange";
export { matchesHostRules, parseHostRule, type THostRule } from "./host-filter";
export {
  parseHostRules,
  RecorderInputError,
  startRecorder,
  type TRecorder,
  type TRecorderOptions,
} from "./start-recorder";
export { toHar, type THar, type THarEntry } from "./to-har";
