import { mapSecretRows, SECRET_MASK, secretRowsOf, type SecretRow } from "@stampede/contracts";
import { InvalidInputError } from "../errors";
import {
  isSealedWithInstanceKey,
  isSealedWithPassphrase,
  openSecret,
  openWithPassphrase,
  passphraseKey,
  passphraseSaltOf,
  type PassphraseKey,
  type SecretKey,
  sealSecret,
  sealWithPassphrase,
} from "./secret-box";

/** A sealed secret that does not open: another instance's key, or an altered value. Not the client's fault. */
export class SecretKeyMismatchError extends Error {
  constructor(row: SecretRow) {
    super(
      `the secret at ${row.path.join(".")} does not open with this process's secret key: every console and worker must share one key (STAMPEDE_SECRET_KEY, or the same key file)`,
    );
    this.name = "SecretKeyMismatchError";
  }
}

const where = (row: SecretRow) => `spec.${row.path.join(".")}`;

function storedByKey(stored: unknown): Map<string, string> {
  return new Map(secretRowsOf(stored).map((row) => [row.key, row.value]));
}

/**
 * The spec as it is stored: every secret value sealed under the instance key. A value of "••••" (what the API
 * showed) keeps the value stored at the same row of `stored`; anything else is a new value and sealed as sent.
 */
export function sealScenarioSecrets<T>(spec: T, stored: unknown, key: SecretKey): T {
  const kept = storedByKey(stored);
  const issues: string[] = [];
  const sealed = mapSecretRows(spec, (row) => {
    if (row.value !== SECRET_MASK) return sealSecret(row.value, key);
    const previous = kept.get(row.key);
    if (previous === undefined) {
      issues.push(`${where(row)}: "${SECRET_MASK}" keeps a saved secret, but this row has none saved; type its value`);
      return row.value;
    }
    return isSealedWithInstanceKey(previous) ? previous : sealSecret(previous, key);
  });
  if (issues.length > 0) throw new InvalidInputError(issues);
  return sealed;
}

function openRow(row: SecretRow, value: string, key: SecretKey): string {
  if (!isSealedWithInstanceKey(value)) return value;
  const plain = openSecret(value, key);
  if (plain === null) throw new SecretKeyMismatchError(row);
  return plain;
}

/**
 * The spec with its secrets in plaintext, for the worker (to run) and Debug (to send) — in memory only. With
 * `stored`, a "••••" (a spec from the editor) stands for the value saved at the same row.
 */
export function openScenarioSecrets<T>(spec: T, key: SecretKey, stored?: unknown): T {
  const kept = stored === undefined ? new Map<string, string>() : storedByKey(stored);
  return mapSecretRows(spec, (row) => {
    const previous = row.value === SECRET_MASK ? kept.get(row.key) : undefined;
    return openRow(row, previous ?? row.value, key);
  });
}

/**
 * A stored spec for an export file: without a passphrase every secret is "••••" (left out); with one, each is
 * sealed under a key derived from it (one salt per export), and only an import with the passphrase opens them.
 */
export function exportScenarioSecrets<T>(stored: T, key: SecretKey, passphrase?: string): T {
  if (!passphrase) return mapSecretRows(stored, () => SECRET_MASK);
  const derived = passphraseKey(passphrase);
  return mapSecretRows(stored, (row) => sealWithPassphrase(openRow(row, row.value, key), derived));
}

/**
 * An imported spec's secrets in plaintext: passphrase-sealed values opened (a 400 naming the row without the
 * right passphrase); a "••••" left out of the export becomes an empty value to fill in.
 */
export function openImportedSecrets<T>(spec: T, passphrase?: string): T {
  const derivedBySalt = new Map<string, PassphraseKey>();
  const issues: string[] = [];
  const opened = mapSecretRows(spec, (row) => {
    if (row.value === SECRET_MASK) return "";
    if (!isSealedWithPassphrase(row.value)) return row.value;
    if (!passphrase) {
      issues.push(`${where(row)}: this secret was exported with a passphrase; import with the same passphrase`);
      return "";
    }
    const salt = passphraseSaltOf(row.value)!;
    let derived = derivedBySalt.get(salt);
    if (!derived) derivedBySalt.set(salt, (derived = passphraseKey(passphrase, salt)));
    const plain = openWithPassphrase(row.value, derived);
    if (plain === null) issues.push(`${where(row)}: the passphrase does not open this secret`);
    return plain ?? "";
  });
  if (issues.length > 0) throw new InvalidInputError(issues);
  return opened;
}
