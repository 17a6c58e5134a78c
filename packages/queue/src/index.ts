export * from "./names";
export * from "./keys";
export * from "./stream";
export * from "./connection";
export * from "./run-channel";
export * from "./queues";
export * from "./generator-registry";
export * from "./placement-lock";
