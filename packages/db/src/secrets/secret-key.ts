import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { SecretKey } from "./secret-box";

/** Where the key came from, for the start-up log line. */
export interface LoadedSecretKey {
  key: SecretKey;
  source: "env" | "file" | "generated";
  /** The key file, unless the key came from STAMPEDE_SECRET_KEY. */
  file?: string;
}

/** Parses a 32-byte key written as 64 hex characters or base64 / base64url; throws naming the variable. */
export function parseSecretKey(text: string, where: string): SecretKey {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64url");
  if (key.length !== 32) {
    throw new Error(
      `${where}: the secret key must be 32 bytes, as 64 hex characters or base64 (got ${key.length} bytes)`,
    );
  }
  return key;
}

/**
 * The repository (npm workspace) root above `from`, else `from`: the console runs in apps/web and the worker
 * at the root, and both must find the same key file.
 */
export function workspaceRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(/*turbopackIgnore: true*/ dir, "package.json");
    if (existsSync(manifest) && /"workspaces"\s*:/.test(readFileSync(manifest, "utf8"))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

/** The key file: STAMPEDE_SECRET_KEY_FILE, else `secret-key` in STAMPEDE_DATA_DIR (default `.stampede`). */
export function secretKeyFile(env: NodeJS.ProcessEnv, cwd: string): string {
  const chosen =
    env.STAMPEDE_SECRET_KEY_FILE?.trim() || join(env.STAMPEDE_DATA_DIR?.trim() || ".stampede", "secret-key");
  // Resolved at run time, never a file of the build: the console's bundler is told not to trace it.
  return isAbsolute(chosen) ? chosen : join(/*turbopackIgnore: true*/ workspaceRoot(cwd), chosen);
}

/**
 * The key that seals scenario secrets: STAMPEDE_SECRET_KEY, else the key file, else a new random key written
 * there (mode 0600). `wx` makes two processes starting together agree on the first key written.
 */
export function loadSecretKey(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): LoadedSecretKey {
  const fromEnv = env.STAMPEDE_SECRET_KEY?.trim();
  if (fromEnv) return { key: parseSecretKey(fromEnv, "STAMPEDE_SECRET_KEY"), source: "env" };
  const file = secretKeyFile(env, cwd);
  if (existsSync(file)) return { key: parseSecretKey(readFileSync(file, "utf8"), file), source: "file", file };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return { key: parseSecretKey(readFileSync(file, "utf8"), file), source: "file", file };
  }
  return { key: parseSecretKey(readFileSync(file, "utf8"), file), source: "generated", file };
}

/** How a process says where its key is (never the key itself). */
export function describeSecretKey(loaded: LoadedSecretKey): string {
  if (loaded.source === "env") return "secret key: from STAMPEDE_SECRET_KEY";
  if (loaded.source === "generated") {
    return `secret key: generated ${loaded.file} (every console and worker must use this key: same file, or STAMPEDE_SECRET_KEY)`;
  }
  return `secret key: ${loaded.file}`;
}

let cached: LoadedSecretKey | undefined;

/** The process's key, loaded on first use (the log line goes to `log` then). */
export function getSecretKey(log: (line: string) => void = (line) => console.log(`[secrets] ${line}`)): SecretKey {
  if (!cached) {
    cached = loadSecretKey();
    log(describeSecretKey(cached));
  }
  return cached.key;
}
