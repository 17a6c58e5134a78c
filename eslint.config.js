// One lint config for the whole repo. Beyond the recommended rules it enforces the dependency direction
// of ARCHITECTURE.md: the engine stays free of infrastructure so the CLI and the worker can share it.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const infrastructure = [
  { group: ["@prisma/*", "**/generated/prisma/**"], message: "The engine never touches the database." },
  { group: ["bullmq", "ioredis"], message: "The engine never touches queues or Redis." },
  { group: ["next", "next/*", "react", "react-dom", "recharts"], message: "The engine imports no framework code." },
  { group: ["@stampede/db", "@stampede/queue", "@stampede/engine"], message: "Not from this package." },
  { group: ["fs", "node:fs", "fs/*", "node:fs/*"], message: "The engine gets data passed in; it does not read files." },
];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/dist/**",
      "**/.turbo/**",
      "packages/db/src/generated/**",
      "test-results/**",
      "playwright-report/**",
      "**/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", Buffer: "readonly", setTimeout: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Tests read parsed JSON loosely; production code may not.
    files: ["**/*.test.ts", "**/test-support*", "**/test-support/**", "e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["packages/engine/src/**/*.ts"],
    ignores: ["packages/engine/src/**/*.test.ts", "packages/engine/src/test-support/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: infrastructure }],
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "The engine takes its settings from the plan, not the environment.",
        },
      ],
    },
  },
  {
    files: ["packages/contracts/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        // re2js: the linear-time regex engine the scenario schema compiles patterns with (pure, browser-safe).
        // cron-parser: the cron reader BullMQ's job schedulers use, so validation and next fire times agree with them.
        {
          patterns: [
            {
              regex: "^(?!zod$|re2js$|cron-parser$|\\.)",
              message: "contracts imports only zod, re2js and cron-parser.",
            },
          ],
        },
      ],
    },
  },
  {
    // The one metrics model: pure and browser-safe, so the engine, the worker, the CLI and the console share it.
    files: ["packages/metrics/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!@stampede/contracts$|hdr-histogram-js$|\\.)",
              message: "metrics imports only @stampede/contracts and hdr-histogram-js.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/db/src/**/*.ts", "packages/queue/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@stampede/engine", "next", "react"],
              message: "db and queue stay below the engine and the apps.",
            },
          ],
        },
      ],
    },
  },
  {
    // The run lifecycle is shared by the console, the worker, the CLI and the scheduler: no framework, no engine,
    // and no bullmq/ioredis of its own (connections come in from the caller, typed through @stampede/queue).
    files: ["packages/runs/src/**/*.ts"],
    ignores: ["**/*.test.ts", "**/test-support*"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!@stampede/(contracts|db|queue)$|\\.)",
              message: "runs imports only @stampede/contracts, @stampede/db and @stampede/queue.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@stampede/engine(?!/debug$)",
              message: "web never runs load; only the single-iteration debugger entry (@stampede/engine/debug).",
            },
          ],
        },
      ],
    },
  },
  {
    // A package is used through its name, never through a relative path into its folder: such an import skips
    // the package's own dependency rules and lets two copies of one concept drift apart. A separate rule from
    // no-restricted-imports, so the per-package blocks above cannot override it.
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "ImportDeclaration[source.value=/^(\\.\\.\\/)+((packages|apps)\\/|(web|worker|cli|demo-target|contracts|engine|db|queue|runs|metrics)\\/src\\/)/], ImportExpression[source.value=/^(\\.\\.\\/)+((packages|apps)\\/|(web|worker|cli|demo-target|contracts|engine|db|queue|runs|metrics)\\/src\\/)/]",
          message: "Import another package by its name (@stampede/...), not by a relative path into its folder.",
        },
      ],
    },
  },
);
