// Appending imported requests to a saved scenario's flow goes through the editor's save: secrets stored
// sealed keep their values, a save made in between is a conflict, and nothing is written when it is refused.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SECRET_MASK, ZScenarioSpec } from "@stampede/contracts";
import {
  createPrismaClient,
  createScenario,
  getScenarioById,
  openScenarioSecrets,
  type PrismaClient,
  ScenarioVersionConflictError,
  getSecretKey,
  updateScenario,
} from "@stampede/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError } from "../http/errors";
import { appendImportedSteps } from "./append-imported-steps";

let db: PrismaClient;

beforeAll(() => {
  process.env.STAMPEDE_SECRET_KEY_FILE = join(mkdtempSync(join(tmpdir(), "stampede-import-")), "secret-key");
  delete process.env.STAMPEDE_SECRET_KEY;
  db = createPrismaClient(process.env.DATABASE_URL!);
});

afterAll(async () => {
  await db.$disconnect();
});

const saved = ZScenarioSpec.parse({
  globals: [{ name: "appsecret", value: "StoredSecret91", secret: true }],
  flows: [
    { name: "browse", steps: [{ type: "http", name: "GET /api/items", url: "http://127.0.0.1:4010/api/items" }] },
  ],
});

const imported = ZScenarioSpec.parse({
  globals: [
    { name: "appsecret", value: "ignored: the scenario has one" },
    { name: "authorization", value: "Bearer ImportedSecret42", secret: true },
  ],
  flows: [
    {
      name: "imported",
      steps: [
        { type: "http", name: "GET /api/items", url: "http://127.0.0.1:4010/api/items?page=2" },
        {
          type: "http",
          name: "POST /api/activity",
          method: "POST",
          url: "http://127.0.0.1:4010/api/activity",
          headers: [{ name: "Authorization", value: "${authorization}" }],
        },
      ],
    },
  ],
});

describe("appending imported requests to a flow", () => {
  it("adds the steps with unique names and the new globals, and keeps the stored secret's value", async () => {
    const scenario = await createScenario(db, { name: "Append target", spec: saved });
    const updated = await appendImportedSteps(
      db,
      { scenarioId: scenario.id, flow: "browse", expectedVersion: scenario.version },
      imported,
      "ana@example.com",
    );
    expect(updated.version).toBe(scenario.version + 1);
    const stored = await getScenarioById(db, scenario.id);
    const spec = openScenarioSecrets(ZScenarioSpec.parse(stored.spec), getSecretKey());
    expect(spec.flows[0]!.steps.map((s) => s.name)).toEqual([
      "GET /api/items",
      "GET /api/items 2",
      "POST /api/activity",
    ]);
    expect(spec.globals).toEqual([
      { name: "appsecret", value: "StoredSecret91", secret: true },
      { name: "authorization", value: "Bearer ImportedSecret42", secret: true },
    ]);
    expect(JSON.stringify(stored.spec)).not.toContain("ImportedSecret42");
    expect(JSON.stringify(updated.spec)).toContain(SECRET_MASK);
  });

  it("refuses a version saved in between and an unknown flow, writing nothing", async () => {
    const scenario = await createScenario(db, { name: "Append conflict", spec: saved });
    await updateScenario(db, scenario.id, { name: "Append conflict", spec: saved, updatedBy: "bo@example.com" });
    await expect(
      appendImportedSteps(db, { scenarioId: scenario.id, flow: "browse", expectedVersion: 1 }, imported, "ana"),
    ).rejects.toBeInstanceOf(ScenarioVersionConflictError);
    await expect(
      appendImportedSteps(db, { scenarioId: scenario.id, flow: "checkout" }, imported, "ana"),
    ).rejects.toThrow(
      new BadRequestError(['target.flow: scenario "Append conflict" has no flow "checkout" (it has "browse")']),
    );
    const stored = await getScenarioById(db, scenario.id);
    expect(stored.version).toBe(2);
    expect(ZScenarioSpec.parse(stored.spec).flows[0]!.steps).toHaveLength(1);
  });
});
