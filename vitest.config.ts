import { defineConfig } from "vitest/config";

const ignored = ["**/node_modules/**", "**/.next/**", "e2e/**"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...ignored, "**/*.integration.test.ts"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: ignored,
          // Integration tests share one database and Redis prefix per test run, and load the CPU; one file at a time.
          fileParallelism: false,
          globalSetup: ["scripts/test-support/integration-setup.ts"],
          setupFiles: ["scripts/test-support/integration-file-cleanup.ts"],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
