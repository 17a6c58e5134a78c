import type { TScenarioSpecInput } from "@stampede/contracts";

/** A flow of a scenario as it is written (defaults not yet filled). */
export type TFlowInput = TScenarioSpecInput["flows"][number];
/** A step of a flow as it is written. */
export type TStepInput = TFlowInput["steps"][number];
