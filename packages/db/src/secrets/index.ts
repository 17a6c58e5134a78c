export * from "./secret-box";
export * from "./secret-key";
export * from "./scenario-secrets";
