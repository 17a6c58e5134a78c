export * from "./client";
export * from "./errors";
export * from "./scenarios";
export * from "./runs";
export * from "./metrics";
export { Prisma } from "./generated/prisma/client";
export * from "./data-sources";
export * from "./samples";
