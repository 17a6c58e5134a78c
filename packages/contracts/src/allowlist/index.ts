export * from "./allowlist-entries";
export * from "./blocked-urls";
export * from "./host-pattern";
export * from "./target-allowlist";
export { sensitivityOf } from "./sensitive-hosts";
