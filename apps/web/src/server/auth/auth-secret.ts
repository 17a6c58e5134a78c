import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { getEnv } from "@/lib/env";

/**
 * The key that signs session cookies: STAMPEDE_AUTH_SECRET, or one generated once into the data directory so
 * sessions survive restarts without any set-up. Written with mode 0600; `wx` makes two processes starting
 * together agree on the first one written.
 */
export function getAuthSecret(): string {
  const env = getEnv();
  if (env.STAMPEDE_AUTH_SECRET) return env.STAMPEDE_AUTH_SECRET;
  const file = resolve(join(env.STAMPEDE_DATA_DIR, "auth-secret"));
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(resolve(env.STAMPEDE_DATA_DIR), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
      console.log(`[auth] generated a session signing secret in ${file} (set STAMPEDE_AUTH_SECRET to choose one)`);
    } catch {
      // Another process wrote it first: use theirs.
    }
    return readFileSync(file, "utf8").trim();
  }
}
