import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The console's own import alias (`@/server/...`), so its server modules can be tested outside Next.
const webSource = fileURLToPath(new URL("./apps/web/src/", import.meta.url));
const resolve = { alias: [{ find: /^@\//, replacement: webSource }] };

const ignored = ["**/node_modules/**", "**/.next/**", "e2e/**"];

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...ignored, "**/*.integration.test.ts"],
          testTimeout: 20_000,
        },
      },
      {
        resolve,
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
