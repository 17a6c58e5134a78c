import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** apps/web/src/app/api/v1, where every automation API route lives. */
export const API_V1_DIR = fileURLToPath(new URL("../../apps/web/src/app/api/v1/", import.meta.url));
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** One /api/v1 route file: its URL segments below /api/v1 (`[id]` as written) and the HTTP methods it exports. */
export interface ApiRouteFile {
  file: string;
  segments: string[];
  methods: string[];
}

/**
 * Every route file under /api/v1, read from disk, so a route added later is seen by the tests that check all of
 * them (credentials for each, an entry in the API document for each).
 */
export function listApiRouteFiles(dir: string = API_V1_DIR): ApiRouteFile[] {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
    (f) => f === "route.ts" || f.endsWith(`${sep}route.ts`),
  );
  return files.sort().map((file) => {
    const source = readFileSync(join(dir, file), "utf8");
    const methods = HTTP_METHODS.filter(
      (m) =>
        new RegExp(`export\\s+(const|let|async\\s+function|function)\\s+${m}\\b`).test(source) ||
        new RegExp(`export\\s*\\{[^}]*\\b${m}\\b[^}]*\\}`).test(source),
    );
    const segments = dirname(file)
      .split(sep)
      .filter((s) => s !== "." && !/^\(.*\)$/.test(s)); // route groups add nothing to the URL
    return { file, segments, methods };
  });
}
