import { ZScenarioSpec } from "@stampede/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "./client";
import { NotFoundError, ScenarioVersionConflictError } from "./errors";
import { createScenario, getScenarioById, updateScenario } from "./scenarios";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!);
});
afterAll(() => db.$disconnect());

const spec = ZScenarioSpec.parse({
  flows: [{ name: "f", steps: [{ type: "http", name: "a", url: "http://127.0.0.1/" }] }],
});

describe("updateScenario with the version the caller loaded", () => {
  it("lets exactly one of two saves based on one version win, and tells the other who won", async () => {
    const scenario = await createScenario(db, { name: "conflict race", spec, updatedBy: "creator@example.com" });
    const save = (who: string) =>
      updateScenario(db, scenario.id, { name: `by ${who}`, spec, updatedBy: who, expectedVersion: scenario.version });

    const results = await Promise.allSettled([save("ana@example.com"), save("bo@example.com")]);

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const stored = await getScenarioById(db, scenario.id);
    expect(stored.version).toBe(scenario.version + 1);
    const error = (lost[0] as PromiseRejectedResult).reason as ScenarioVersionConflictError;
    expect(error).toBeInstanceOf(ScenarioVersionConflictError);
    expect(error.current).toMatchObject({ version: stored.version, updatedBy: stored.updatedBy });
    expect(error.current.updatedAt).toEqual(stored.updatedAt);
    expect(stored.name).toBe(`by ${stored.updatedBy}`);
    expect(error.message).toContain(`changed by ${stored.updatedBy}`);
    expect(error.message).toContain(`now version ${stored.version}`);
  });

  it("overwrites when the caller saves again on top of the current version", async () => {
    const scenario = await createScenario(db, { name: "overwrite", spec });
    await updateScenario(db, scenario.id, { name: "theirs", spec, updatedBy: "ana", expectedVersion: 1 });
    await expect(
      updateScenario(db, scenario.id, { name: "mine", spec, updatedBy: "bo", expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ScenarioVersionConflictError);

    const saved = await updateScenario(db, scenario.id, { name: "mine", spec, updatedBy: "bo", expectedVersion: 2 });

    expect(saved).toMatchObject({ name: "mine", updatedBy: "bo", version: 3 });
  });

  it("lets the last write win when no version is given, and says 404 for an unknown scenario", async () => {
    const scenario = await createScenario(db, { name: "no version", spec });
    await updateScenario(db, scenario.id, { name: "one", spec });
    const saved = await updateScenario(db, scenario.id, { name: "two", spec });
    expect(saved).toMatchObject({ name: "two", version: 3 });

    await expect(updateScenario(db, "no-such-scenario", { name: "x", spec })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateScenario(db, "no-such-scenario", { name: "x", spec, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
