import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  API_KEY_PREFIX,
  createApiKey,
  findApiKeyByHash,
  findLiveApiKey,
  hashApiKey,
  listApiKeys,
  revokeApiKey,
  touchApiKey,
} from "./api-keys";
import { createPrismaClient, type PrismaClient } from "./client";
import { NotFoundError } from "./errors";
import { createProject } from "./projects";

let db: PrismaClient;
let projectId: string;
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  projectId = (await createProject(db, { name: `keys ${Date.now()}` })).id;
});
afterAll(() => db.$disconnect());

const T0 = new Date("2030-01-01T00:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

describe("API keys", () => {
  it("finds a live key by the key itself and stores only its hash and a short prefix", async () => {
    const { key, apiKey } = await createApiKey(db, { projectId, name: "ci", scope: "RUN", createdBy: "a@b.c" });
    expect(key.startsWith(API_KEY_PREFIX)).toBe(true);
    expect(key.length).toBeGreaterThan(40);

    const found = await findLiveApiKey(db, key, T0);
    expect(found).toMatchObject({ id: apiKey.id, projectId, scope: "RUN", name: "ci" });

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row.hash).toBe(hashApiKey(key));
    expect(row.hash).not.toContain(key);
    expect(key.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(key.length / 2);
    // No column of the row holds the key.
    expect(JSON.stringify(row)).not.toContain(key);
    // Nor does what lists show.
    const listed = (await listApiKeys(db, projectId)).find((k) => k.id === apiKey.id)!;
    expect(listed).not.toHaveProperty("hash");
    expect(JSON.stringify(listed)).not.toContain(key);
  });

  it("does not find an unknown key, nor one that differs by a character", async () => {
    const { key } = await createApiKey(db, { projectId, name: "near", scope: "READ" });
    expect(await findLiveApiKey(db, `${API_KEY_PREFIX}nothing-like-it`, T0)).toBeNull();
    expect(await findLiveApiKey(db, `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`, T0)).toBeNull();
  });

  it("stops finding a key once it is revoked; revoking twice or in another project is not found", async () => {
    const { key, apiKey } = await createApiKey(db, { projectId, name: "revoked", scope: "ADMIN" });
    await revokeApiKey(db, projectId, apiKey.id, T0);
    expect(await findLiveApiKey(db, key, T0)).toBeNull();
    // Still there, marked revoked, for the list and the audit trail.
    expect((await findApiKeyByHash(db, key))?.revokedAt).toEqual(T0);
    await expect(revokeApiKey(db, projectId, apiKey.id)).rejects.toBeInstanceOf(NotFoundError);

    const other = await createProject(db, { name: `other ${Date.now()}` });
    const { key: otherKey, apiKey: otherRow } = await createApiKey(db, {
      projectId: other.id,
      name: "x",
      scope: "RUN",
    });
    await expect(revokeApiKey(db, projectId, otherRow.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await findLiveApiKey(db, otherKey, T0)).not.toBeNull();
  });

  it("finds a key until its expiry and not from that instant on", async () => {
    const { key } = await createApiKey(db, { projectId, name: "expiring", scope: "READ", expiresAt: later(60_000) });
    expect(await findLiveApiKey(db, key, T0)).not.toBeNull();
    expect(await findLiveApiKey(db, key, later(59_999))).not.toBeNull();
    expect(await findLiveApiKey(db, key, later(60_000))).toBeNull();
    expect(await findLiveApiKey(db, key, later(86_400_000))).toBeNull();
  });

  it("keeps an operator-chosen key as given and records its last use", async () => {
    const chosen = `${API_KEY_PREFIX}${"k".repeat(40)}-${Date.now()}`;
    const { key, apiKey } = await createApiKey(db, { projectId, name: "init", scope: "ADMIN", key: chosen });
    expect(key).toBe(chosen);
    expect(apiKey.lastUsedAt).toBeNull();
    await touchApiKey(db, apiKey.id, T0);
    expect((await findLiveApiKey(db, chosen, T0))?.lastUsedAt).toEqual(T0);
  });
});
