// The load plan: pure schedule math shared by the engine's executors and the console's preview (browser-safe).
export { type RateSchedule, rateSchedule } from "./rate-schedule";
export { vuSchedule } from "./vu-schedule";
export { type PlanPoint, planPoints } from "./plan-points";
export { planPeak } from "./plan-peak";
export { stageSeconds } from "./pieces";
export { type StagesFit, stagesFit, stagesSeconds } from "./stages-fit";
export { type FlowLoad, flowLoads } from "./flow-loads";
