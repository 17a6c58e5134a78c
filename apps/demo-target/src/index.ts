export { createDemoTarget, type DemoTarget } from "./server";
export { ZDemoApp, ZDemoTargetOptions, type DemoApp, type DemoTargetOptions } from "./options";
export type { DemoStats } from "./stats";
export { parseDemoTargetEnv, DemoTargetConfigError } from "./config";
