export { type RunControlQueue, type RunLifecycleDeps } from "./deps";
export { RunInputError, UnavailableError } from "./errors";
export { startRun, type StartRunInput } from "./start-run";
export { stopRun } from "./stop-run";
export { changeRunSpeed } from "./change-run-speed";
export { fireSchedule, fireMissedSchedules, type FireOptions, type FireResult } from "./fire-schedule";
