import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXIT } from "./exit-codes";
import { loadScenarioFile } from "./load-scenario-file";
import { readDataSources } from "./read-data-sources";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "stampede-cli-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const spec = {
  flows: [{ name: "f", steps: [{ type: "http", name: "hello", url: "http://127.0.0.1:4010/hello" }] }],
};

async function write(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return path;
}

async function failure(promise: Promise<unknown>): Promise<{ message: string; exitCode: number }> {
  const error = await promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e as { message: string; exitCode: number },
  );
  return error;
}

describe("loadScenarioFile", () => {
  it("reads a bare scenario spec, with defaults applied and no load", async () => {
    const file = await loadScenarioFile(await write("bare.json", spec));
    expect(file.path).toBe(join(dir, "bare.json"));
    expect(file.name).toBeUndefined();
    expect(file.load).toBeUndefined();
    expect(file.spec.flows[0]!.steps[0]).toMatchObject({ type: "http", method: "GET", timeoutMs: 10_000 });
  });

  it("reads the console's export with its name and load", async () => {
    const path = await write("export.json", {
      stampede: 1,
      name: "Demo",
      spec,
      load: { mode: "rate", targetRate: 50, maxVus: 20, durationSeconds: 60 },
    });
    const file = await loadScenarioFile(path);
    expect(file.name).toBe("Demo");
    expect(file.load).toEqual({ mode: "rate", targetRate: 50, maxVus: 20, durationSeconds: 60, rampSeconds: 0 });
    expect(file.spec.flows[0]!.name).toBe("f");
  });

  it("reads a load written without a mode as concurrency, and a BOM does not get in the way", async () => {
    const path = await write(
      "bom.json",
      `\uFEFF${JSON.stringify({ stampede: 1, spec, load: { vus: 3, durationSeconds: 5 } })}`,
    );
    expect((await loadScenarioFile(path)).load).toMatchObject({ mode: "concurrency", vus: 3, rampUpSeconds: 0 });
  });

  it("names a missing file", async () => {
    const error = await failure(loadScenarioFile(join(dir, "nope.json")));
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.message).toContain(`scenario file not found: ${join(dir, "nope.json")}`);
  });

  it("gives the line and column of invalid JSON", async () => {
    const path = await write("bad.json", '{\n  "flows": [\n    { "name": "a", }\n  ]\n}\n');
    const error = await failure(loadScenarioFile(path));
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.message).toBe(`${path}:3:20: invalid JSON: expected a property name in double quotes but found "}"`);
  });

  it("lists every validation issue with its path, under spec. and load. in an export", async () => {
    const path = await write("invalid.json", {
      stampede: 1,
      spec: { flows: [{ name: "f", steps: [{ type: "http", name: "x", url: "ftp://x" }] }] },
      load: { mode: "concurrency", vus: 0, durationSeconds: 5 },
    });
    const error = await failure(loadScenarioFile(path));
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.message.split("\n")).toEqual([
      `${path}: the scenario is not valid:`,
      '  spec.flows.0.steps.0.url: URL must start with http:// or https://: "ftp://x"',
      "  load.vus: at least one virtual user",
    ]);
  });

  it("validates a bare spec's issues at their own paths", async () => {
    const error = await failure(loadScenarioFile(await write("empty.json", { flows: [] })));
    expect(error.message).toContain("\n  flows: a scenario needs at least one flow");
  });

  it("refuses an export version it does not know, and JSON that is not an object", async () => {
    expect((await failure(loadScenarioFile(await write("v2.json", { stampede: 2, spec })))).message).toContain(
      '"stampede": 2 is not an export this CLI reads',
    );
    expect((await failure(loadScenarioFile(await write("list.json", [spec])))).message).toContain(
      "expected a JSON object",
    );
  });
});

describe("readDataSources", () => {
  const withData = {
    ...spec,
    dataSources: [{ name: "users.csv" }],
  };

  it("reads each data source's file from the directory, as bytes", async () => {
    await write("users.csv", "user\nalice\n");
    const file = await loadScenarioFile(await write("s.json", withData));
    const data = await readDataSources(file.spec, dir);
    expect(Buffer.from(data["users.csv"]!).toString("utf8")).toBe("user\nalice\n");
  });

  it("names the missing data file and where it looked", async () => {
    const file = await loadScenarioFile(await write("s.json", withData));
    const error = await failure(readDataSources(file.spec, dir));
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.message).toContain(`data source "users.csv": file not found: ${join(dir, "users.csv")}`);
  });

  it("uses the files an export carries (base64), unless an explicit --data directory has the file", async () => {
    const carried = Buffer.from("user\ncarried\n").toString("base64");
    const exported = { stampede: 1, name: "s", spec: withData, dataFiles: [{ name: "users.csv", base64: carried }] };
    const file = await loadScenarioFile(await write("export.json", exported));
    const inside = await readDataSources(file.spec, dir, file.dataFiles);
    expect(Buffer.from(inside["users.csv"]!).toString("utf8")).toBe("user\ncarried\n");
    await write("users.csv", "user\nbeside\n");
    const fromDir = await readDataSources(file.spec, dir, file.dataFiles, true);
    expect(Buffer.from(fromDir["users.csv"]!).toString("utf8")).toBe("user\nbeside\n");
  });
});
