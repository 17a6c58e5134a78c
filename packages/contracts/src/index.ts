export * from "./scenario";
export * from "./load";
export * from "./metrics";
export * from "./run";
export * from "./format-issues";
export * from "./demo-scenario";
export * from "./shard-load";
export * from "./debug";
