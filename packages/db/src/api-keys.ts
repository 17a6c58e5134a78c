import { createHash, randomBytes } from "node:crypto";
import type { Db } from "./client";
import { NotFoundError } from "./errors";
import type { ApiKeyScope } from "./generated/prisma/client";

export type { ApiKeyScope };

/** Every key starts with this, so a leaked one is recognisable in logs and by secret scanners. */
export const API_KEY_PREFIX = "stp_";

/**
 * Keys are 32 random bytes, so a plain SHA-256 is enough to store them: there is nothing to guess, only a
 * database leak to make useless. (Passwords, which people choose, are hashed by the auth library instead.)
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function generateApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export interface NewApiKey {
  projectId: string;
  name: string;
  scope: ApiKeyScope;
  expiresAt?: Date | null;
  createdBy?: string;
  /** A key chosen by the operator (STAMPEDE_INIT_API_KEY); generated when omitted. */
  key?: string;
}

/** Stores a key's hash and returns the key itself, which is never readable again. */
export async function createApiKey(db: Db, input: NewApiKey) {
  const key = input.key ?? generateApiKey();
  const row = await db.apiKey.create({
    data: {
      projectId: input.projectId,
      name: input.name,
      prefix: key.slice(0, API_KEY_PREFIX.length + 6),
      hash: hashApiKey(key),
      scope: input.scope,
      expiresAt: input.expiresAt ?? null,
      createdBy: input.createdBy ?? null,
    },
  });
  return { key, apiKey: toApiKeyView(row) };
}

type ApiKeyRow = Awaited<ReturnType<Db["apiKey"]["findFirstOrThrow"]>>;

/** A key as lists show it: never the hash. */
export function toApiKeyView(row: ApiKeyRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

/** The live key a bearer token names, or null (unknown, revoked or expired). */
export async function findLiveApiKey(db: Db, key: string, now = new Date()) {
  const row = await db.apiKey.findUnique({ where: { hash: hashApiKey(key) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  return row;
}

export async function findApiKeyByHash(db: Db, key: string) {
  return db.apiKey.findUnique({ where: { hash: hashApiKey(key) } });
}

export async function listApiKeys(db: Db, projectId: string) {
  const rows = await db.apiKey.findMany({ where: { projectId }, orderBy: { createdAt: "desc" } });
  return rows.map(toApiKeyView);
}

export async function revokeApiKey(db: Db, projectId: string, id: string, now = new Date()) {
  const { count } = await db.apiKey.updateMany({
    where: { id, projectId, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new NotFoundError("API key", id);
}

export async function touchApiKey(db: Db, id: string, now = new Date()) {
  await db.apiKey.update({ where: { id }, data: { lastUsedAt: now } });
}
