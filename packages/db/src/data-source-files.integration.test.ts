import { ZScenarioSpec } from "@stampede/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "./client";
import { deleteDataSource, getDataSourceHeads } from "./data-source-files";
import { findDataSources, getDataSourceContents, saveDataSource } from "./data-sources";
import { duplicateScenario } from "./duplicate-scenario";
import { NotFoundError } from "./errors";
import { createScenario } from "./scenarios";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!);
});
afterAll(() => db.$disconnect());

const spec = ZScenarioSpec.parse({
  flows: [{ name: "f", steps: [{ type: "http", name: "a", url: "http://127.0.0.1/" }] }],
});
const bytes = (text: string) => new TextEncoder().encode(text);

async function scenarioWithFiles() {
  const scenario = await createScenario(db, { name: `files ${Date.now()}`, spec, load: undefined });
  const file = (name: string, text: string, rowCount: number) =>
    saveDataSource(db, {
      scenarioId: scenario.id,
      name,
      fileName: name,
      content: bytes(text),
      header: ["token"],
      rowCount,
    });
  await file("token.csv", "token\naaaa\nbbbb\n", 2);
  await file("users.csv", "token\nu1\n", 1);
  return scenario;
}

describe("data source files", () => {
  it("reads only the head of each file", async () => {
    const scenario = await scenarioWithFiles();
    const heads = await getDataSourceHeads(db, scenario.id, 10);
    expect(heads.map((h) => [h.name, new TextDecoder().decode(h.head), h.complete])).toEqual([
      ["token.csv", "token\naaaa", false],
      ["users.csv", "token\nu1\n", true],
    ]);
  });

  it("deletes one file, and says which is unknown", async () => {
    const scenario = await scenarioWithFiles();
    await deleteDataSource(db, scenario.id, "users.csv");
    expect((await findDataSources(db, scenario.id)).map((d) => d.name)).toEqual(["token.csv"]);
    await expect(deleteDataSource(db, scenario.id, "users.csv")).rejects.toThrow(NotFoundError);
    await expect(deleteDataSource(db, "no-such-scenario", "token.csv")).rejects.toThrow("scenario no-such-scenario");
  });

  it("duplicates a scenario with its data files", async () => {
    const scenario = await scenarioWithFiles();
    const copy = await duplicateScenario(db, scenario.id);
    expect(copy.id).not.toBe(scenario.id);
    expect(copy.name).toBe(`${scenario.name} (copy)`);
    expect(copy.spec).toEqual(scenario.spec);
    const originals = await findDataSources(db, scenario.id);
    const copies = await findDataSources(db, copy.id);
    expect(copies.map((d) => [d.name, d.sha256, d.rowCount])).toEqual(
      originals.map((d) => [d.name, d.sha256, d.rowCount]),
    );
    const content = await getDataSourceContents(db, copy.id, ["token.csv"]);
    expect(new TextDecoder().decode(content["token.csv"])).toBe("token\naaaa\nbbbb\n");
  });
});
