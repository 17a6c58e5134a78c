#!/usr/bin/env node
// Runs the bundled CLI (dist/stampede.mjs, made by `npm run build`) when it is there; otherwise the
// TypeScript source, compiled in-process by tsx. Either way no child process: Ctrl-C reaches the CLI's own
// handler and the exit code is the CLI's. After changing the source, rebuild (or use `npm run stampede`,
// which always runs the source).
import { existsSync } from "node:fs";
import { URL } from "node:url";

const bundle = new URL("../dist/stampede.mjs", import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/main.ts");
}
