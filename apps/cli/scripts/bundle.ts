// `npm run build -w @stampede/cli`: the CLI and everything it imports in one ES module, dist/stampede.mjs
// (or the path given as the first argument).
// Started from the bundle, the CLI skips compiling TypeScript on the fly: it is ready in about a fifth of the
// CPU time, which a CI job that runs it many times notices.
import { build } from "esbuild";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outfile = resolve(process.argv[2] ?? resolve(root, "dist/stampede.mjs"));

await build({
  absWorkingDir: root,
  entryPoints: ["src/main.ts"],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  // Some dependencies are CommonJS and call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  // mockttp is CommonJS with many dependencies, and the recorder reaches one of its modules by path: keep it
  // one copy, loaded from node_modules.
  external: ["mockttp"],
  logLevel: "warning",
});
