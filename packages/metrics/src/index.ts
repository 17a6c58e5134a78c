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
export {
  addGeneratorSecond,
  generatorSecondOf,
  type FrameWriter,
  type GeneratorSecondRecord,
} from "./generator-second";
export { toLivePoint, type LivePointSecond, type LivePointStep } from "./live-point";
export { GENERATOR_BOUND_CPU, isGeneratorBound, summarizeRun, type RunFigures } from "./run-summary";
export { OMISSION_WARNING_RATIO, omissionWarning } from "./omission-warning";
export {
  evaluateStopConditions,
  firedMessage,
  formatRunTime,
  StopConditionWatch,
  type FiredStopCondition,
  type StopWatchOptions,
  type StopWatchSecond,
} from "./stop-conditions";
export { plannedLevels, rampUpEndSecond, stopWatchOptionsFor } from "./stop-watch-options";
export {
  insightsFor,
  loadInsights,
  tokenMarginInsights,
  tokenSteps,
  type InsightsInput,
  type TInsight,
} from "./insights";
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
export { summaryFigures } from "./summary-figures";
