// Correlation: values a response returned that later requests sent, credentials to keep secret, and the
// token provider made from a token correlation.
export { findCorrelations, type CorrelationProposals } from "./find-correlations";
export {
  applyCorrelations,
  CorrelationChoiceError,
  type ApplyCorrelationsOptions,
  type CorrelationSelection,
} from "./apply-correlations";
export { tokenProviderFrom, type TokenProviderInput } from "./token-provider";
