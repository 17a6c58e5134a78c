import { randomBytes } from "node:crypto";
import { SECRET_MASK, secretRowsOf } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors";
import {
  exportScenarioSecrets,
  openImportedSecrets,
  openScenarioSecrets,
  SecretKeyMismatchError,
  sealScenarioSecrets,
} from "./scenario-secrets";
import { openSecret, sealSecret } from "./secret-box";

const key = randomBytes(32);
const spec = {
  globals: [
    { name: "appSecret", value: "plain-global-secret", secret: true },
    { name: "user", value: "bob" },
  ],
  flows: [{ name: "f", steps: [{ name: "s", headers: [{ name: "X-Key", value: "plain-header", secret: true }] }] }],
};

describe("sealing secrets with AES-256-GCM", () => {
  it("seals each value with its own IV and opens only under the same key, unaltered", () => {
    const a = sealSecret("value", key);
    expect(a).toMatch(/^enc:v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(sealSecret("value", key)).not.toBe(a);
    expect(openSecret(a, key)).toBe("value");
    expect(openSecret(a, randomBytes(32))).toBeNull();
    const [iv, tag, ct] = a.slice("enc:v1:".length).split(":");
    const flipped = Buffer.from(ct!, "base64url");
    flipped[0]! ^= 1;
    expect(openSecret(`enc:v1:${iv}:${tag}:${flipped.toString("base64url")}`, key)).toBeNull();
  });
});

describe("a scenario's secrets", () => {
  it("are stored sealed, other values as they are; the worker opens them in memory", () => {
    const sealed = sealScenarioSecrets(spec, undefined, key);
    expect(JSON.stringify(sealed)).not.toContain("plain-");
    expect(sealed.globals[1]).toEqual({ name: "user", value: "bob" });
    expect(openScenarioSecrets(sealed, key)).toEqual(spec);
    expect(() => openScenarioSecrets(sealed, randomBytes(32))).toThrow(SecretKeyMismatchError);
  });

  it('keep the stored value when "••••" comes back, even after rows moved; a new value replaces it', () => {
    const stored = sealScenarioSecrets(spec, undefined, key);
    const edited = {
      globals: [
        { name: "new", value: "x" },
        { name: "user", value: "bob" },
        { name: "appSecret", value: SECRET_MASK, secret: true },
      ],
      flows: [{ name: "f", steps: [{ name: "s", headers: [{ name: "X-Key", value: "changed", secret: true }] }] }],
    };
    const saved = sealScenarioSecrets(edited, stored, key);
    expect(saved.globals[2]!.value).toBe(stored.globals[0]!.value);
    expect(openScenarioSecrets(saved, key).flows[0]!.steps[0]!.headers[0]!.value).toBe("changed");
  });

  it('refuse a "••••" with nothing saved behind it, naming the field', () => {
    const orphan = { globals: [{ name: "k", value: SECRET_MASK, secret: true }] };
    expect(() => sealScenarioSecrets(orphan, undefined, key)).toThrow(InvalidInputError);
    expect(() => sealScenarioSecrets(orphan, undefined, key)).toThrow(/spec\.globals\.0\.value/);
  });

  it("Debug's spec: a '••••' stands for the saved value, a typed one is used as typed", () => {
    const stored = sealScenarioSecrets(spec, undefined, key);
    const fromEditor = { ...spec, globals: [{ name: "appSecret", value: SECRET_MASK, secret: true }] };
    expect(openScenarioSecrets(fromEditor, key, stored).globals[0]!.value).toBe("plain-global-secret");
  });
});

describe("exporting and importing secrets", () => {
  const stored = sealScenarioSecrets(spec, undefined, key);

  it("leaves them out without a passphrase; an import gets empty values to fill in", () => {
    const exported = exportScenarioSecrets(stored, key);
    expect(secretRowsOf(exported).map((r) => r.value)).toEqual([SECRET_MASK, SECRET_MASK]);
    expect(secretRowsOf(openImportedSecrets(exported)).map((r) => r.value)).toEqual(["", ""]);
  });

  it("seals them under the passphrase; only the same passphrase opens them", () => {
    const exported = exportScenarioSecrets(stored, key, "correct horse");
    expect(JSON.stringify(exported)).not.toContain("plain-");
    expect(secretRowsOf(exported)[0]!.value).toMatch(/^enc:p1:/);
    expect(openImportedSecrets(exported, "correct horse")).toEqual(spec);
    expect(() => openImportedSecrets(exported, "wrong")).toThrow(/passphrase does not open/);
    expect(() => openImportedSecrets(exported)).toThrow(/import with the same passphrase/);
  });
});
