import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSecretKey, parseSecretKey } from "./secret-key";

describe("the instance secret key", () => {
  it("comes from STAMPEDE_SECRET_KEY as hex or base64, and a wrong length is refused naming the variable", () => {
    const hex = "ab".repeat(32);
    expect(loadSecretKey({ STAMPEDE_SECRET_KEY: hex }, tmpdir()).key.toString("hex")).toBe(hex);
    const b64 = Buffer.alloc(32, 7).toString("base64");
    expect(loadSecretKey({ STAMPEDE_SECRET_KEY: b64 }, tmpdir()).key).toEqual(Buffer.alloc(32, 7));
    expect(() => parseSecretKey("abcd", "STAMPEDE_SECRET_KEY")).toThrow(/STAMPEDE_SECRET_KEY: .*32 bytes/);
  });

  it("is generated once into a 0600 file, which later starts (and other processes) read", () => {
    const dir = mkdtempSync(join(tmpdir(), "stampede-key-"));
    const env = { STAMPEDE_SECRET_KEY_FILE: join(dir, "keys", "secret-key") };
    const first = loadSecretKey(env, dir);
    expect(first.source).toBe("generated");
    expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    const again = loadSecretKey(env, dir);
    expect(again.source).toBe("file");
    expect(again.key).toEqual(first.key);
  });

  it("resolves a relative data directory against the workspace root, so every app finds one file", () => {
    const root = mkdtempSync(join(tmpdir(), "stampede-root-"));
    writeFileSync(join(root, "package.json"), '{ "workspaces": ["apps/*"] }');
    const loaded = loadSecretKey({ STAMPEDE_DATA_DIR: "data" }, join(root));
    expect(loaded.file).toBe(join(root, "data", "secret-key"));
    expect(readFileSync(loaded.file!, "utf8").trim()).toHaveLength(43);
  });
});
