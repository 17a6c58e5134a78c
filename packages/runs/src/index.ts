export { type RunControlQueue, type RunLifecycleDeps } from "./deps";
export { RunInputError, UnavailableError } from "./errors";
export { startRun, type StartRunInput } from "./start-run";
export { stopRun } from "./stop-run";
export { changeRunSpeed } from "./change-run-speed";
export {
  fireMissedSchedules,
  fireSchedule,
  type FireOptions,
  type FireResult,
  isMissedFire,
  MISSED_AFTER_MS,
} from "./fire-schedule";
