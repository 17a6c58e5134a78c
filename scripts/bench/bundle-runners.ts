// The bench's own generators are TypeScript. Run through tsx, each would compile itself and its imports on
// the fly at start-up — 0.6–0.8 CPU-s charged to it, where autocannon and wrk pay nothing of the kind. So
// they are bundled once per bench run with esbuild and started with plain `node <bundle>.mjs`.
import { mkdir } from "node:fs/promises";
import { build, stop } from "esbuild";

/** The runners that get bundled, by file name without `.ts`. */
export type RunnerName =
  | "run-engine"
  | "run-undici-token"
  | "run-undici-dispatch"
  | "run-undici-post"
  | "run-engine-rate"
  | "run-engine-memory";

const RUNNERS: RunnerName[] = [
  "run-engine",
  "run-undici-token",
  "run-undici-dispatch",
  "run-undici-post",
  "run-engine-rate",
  "run-engine-memory",
];
// Paths are relative to the repository root, the bench's working directory.
export const CACHE_DIR = "node_modules/.cache/stampede-bench";

/** Where a runner's bundle is written. */
export const bundlePath = (name: RunnerName) => `${CACHE_DIR}/${name}.mjs`;

/** Bundles every runner with its dependencies (workspace packages included) into one ES module each. */
export async function bundleRunners(): Promise<void> {
  await mkdir(CACHE_DIR, { recursive: true });
  try {
    await build({
      entryPoints: RUNNERS.map((name) => `scripts/bench/${name}.ts`),
      outdir: CACHE_DIR,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      // CommonJS dependencies call require(), which an ES module does not have; this gives them one.
      banner: { js: 'import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);' },
      logLevel: "warning",
    });
  } finally {
    // esbuild serves builds from a child process; stopped here so the bench leaves no process of its own behind.
    await stop();
  }
}
