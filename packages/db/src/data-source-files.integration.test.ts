import { ZScenarioSpec } from "@stampede/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "./client";
import { createHash } from "node:crypto";
import { deleteDataSource, getDataSourceHeads } from "./data-source-files";
import { findDataSources, getDataSourceContents, saveDataSource } from "./data-sources";
import { duplicateScenario } from "./duplicate-scenario";
import { NotFoundError } from "./errors";
import { saveDataSourceStream } from "./save-data-source-stream";
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

  it("stores a file streamed in pieces, replacing the old one, byte for byte", async () => {
    const scenario = await scenarioWithFiles();
    // 17 MB in 64 KB chunks: three pieces to Postgres, the last one short.
    const line = "t".repeat(1023) + "\n";
    const chunk = bytes(line.repeat(64));
    const count = (17 * 1024 * 1024) / chunk.byteLength;
    const whole = createHash("sha256");
    for (let i = 0; i < count; i++) whole.update(chunk);
    async function* content() {
      for (let i = 0; i < count; i++) yield chunk;
    }
    const input = { scenarioId: scenario.id, name: "token.csv", fileName: "big.csv", header: ["token"] };
    const sha256 = whole.digest("hex");
    const row = await saveDataSourceStream(process.env.DATABASE_URL!, {
      ...input,
      rowCount: count * 64,
      sizeBytes: 17 << 20,
      sha256,
      content: content(),
    });
    expect(row).toMatchObject({ name: "token.csv", fileName: "big.csv", rowCount: count * 64, sha256 });
    const stored = (await getDataSourceContents(db, scenario.id, ["token.csv"]))["token.csv"]!;
    expect(stored.byteLength).toBe(17 << 20);
    expect(createHash("sha256").update(stored).digest("hex")).toBe(sha256);
  });

  it("leaves the old file as it was when the stream fails", async () => {
    const scenario = await scenarioWithFiles();
    async function* failing() {
      yield bytes("token\nnew\n");
      throw new Error("client went away");
    }
    const input = { scenarioId: scenario.id, name: "users.csv", fileName: "u.csv", header: ["token"] };
    await expect(
      saveDataSourceStream(process.env.DATABASE_URL!, {
        ...input,
        rowCount: 1,
        sizeBytes: 10,
        sha256: "x",
        content: failing(),
      }),
    ).rejects.toThrow("client went away");
    const stored = (await getDataSourceContents(db, scenario.id, ["users.csv"]))["users.csv"]!;
    expect(new TextDecoder().decode(stored)).toBe("token\nu1\n");
  });

  it("refuses a file for an unknown scenario, storing nothing", async () => {
    async function* content() {
      yield bytes("token\na\n");
    }
    const input = { scenarioId: "nope", name: "t.csv", fileName: "t.csv", header: ["token"], rowCount: 1 };
    await expect(
      saveDataSourceStream(process.env.DATABASE_URL!, { ...input, sizeBytes: 8, sha256: "x", content: content() }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
