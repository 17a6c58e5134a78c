export {
  createHistogram,
  decodeHistogram,
  encodeHistogram,
  mergeEncodedHistograms,
  summarizeLatency,
  type Histogram,
} from "./histogram";
export {
  StepTotals,
  stepTotalsOf,
  type EncodedStepCounts,
  type LatencyCorrection,
  type StepCounts,
} from "./step-totals";
export { SecondTotals, type SecondGauges, type SecondRecord, type StepSecondRecord } from "./second-totals";
export { toLivePoint, type LivePointSecond, type LivePointStep } from "./live-point";
export { GENERATOR_BOUND_CPU, isGeneratorBound, summarizeRun, type RunFigures } from "./run-summary";
export { OMISSION_WARNING_RATIO, omissionWarning } from "./omission-warning";
export { rampPhasesOf, type RampPhase } from "./ramp-phases";
export { findKnee, KNEE_DEFAULTS, type KneeOptions, type KneePoint } from "./knee";
export {
  compareRuns,
  type CompareCell,
  type CompareFigures,
  type CompareRow,
  type CompareRunInput,
  type Regression,
} from "./compare-runs";
