import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";

/**
 * One secret value sealed with AES-256-GCM: a random 12-byte IV per value and the 16-byte tag, all base64url.
 * `enc:v1:<iv>:<tag>:<ciphertext>` under the instance key; `enc:p1:<salt>:<iv>:<tag>:<ciphertext>` under a key
 * derived from an export passphrase (scrypt, the salt shared by one export's values).
 */
const INSTANCE_PREFIX = "enc:v1:";
const PASSPHRASE_PREFIX = "enc:p1:";
const IV_BYTES = 12;
/** scrypt cost: about 50 ms per derivation; one derivation per export or import, not per value. */
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** A 32-byte AES-256 key. */
export type SecretKey = Buffer;

export function isSealedWithInstanceKey(value: string): boolean {
  return value.startsWith(INSTANCE_PREFIX);
}

export function isSealedWithPassphrase(value: string): boolean {
  return value.startsWith(PASSPHRASE_PREFIX);
}

function seal(plaintext: string, key: SecretKey): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString("base64url")).join(":");
}

/** Null when the value was altered or sealed under another key (the tag does not verify). */
function open(parts: string[], key: SecretKey): string | null {
  if (parts.length !== 3) return null;
  const [iv, tag, ciphertext] = parts.map((p) => Buffer.from(p, "base64url")) as [Buffer, Buffer, Buffer];
  if (iv.length !== IV_BYTES || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** Seals a value under the instance key. */
export function sealSecret(plaintext: string, key: SecretKey): string {
  return INSTANCE_PREFIX + seal(plaintext, key);
}

/** Opens a value sealed by sealSecret; null when it does not open under this key. */
export function openSecret(sealed: string, key: SecretKey): string | null {
  if (!isSealedWithInstanceKey(sealed)) return null;
  return open(sealed.slice(INSTANCE_PREFIX.length).split(":"), key);
}

/** The key an export passphrase stands for, with the salt that goes beside each value it seals. */
export interface PassphraseKey {
  salt: string;
  key: SecretKey;
}

/** Derives a key from a passphrase; a new random salt unless one is given (opening an export). */
export function passphraseKey(passphrase: string, salt: string = randomBytes(16).toString("base64url")): PassphraseKey {
  return { salt, key: scryptSync(passphrase.normalize("NFC"), Buffer.from(salt, "base64url"), 32, SCRYPT) };
}

export function sealWithPassphrase(plaintext: string, derived: PassphraseKey): string {
  return `${PASSPHRASE_PREFIX}${derived.salt}:${seal(plaintext, derived.key)}`;
}

/** The salt a passphrase-sealed value was made with; undefined for anything else. */
export function passphraseSaltOf(sealed: string): string | undefined {
  if (!isSealedWithPassphrase(sealed)) return undefined;
  return sealed.slice(PASSPHRASE_PREFIX.length).split(":")[0];
}

/** Opens a value sealed by sealWithPassphrase; null for a wrong passphrase or an altered value. */
export function openWithPassphrase(sealed: string, derived: PassphraseKey): string | null {
  if (passphraseSaltOf(sealed) !== derived.salt) return null;
  return open(sealed.slice(PASSPHRASE_PREFIX.length).split(":").slice(1), derived.key);
}
