import { readFileSync } from "node:fs";
import { ZImportPreview, type TImportFormat } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { ImportError } from "./import-error";
import { previewImport } from "./preview/preview-import";

/*
 * Files written by hand or by other tools hold numbers where text belongs, nulls, missing fields and values out of
 * range. Whatever a file holds, an import either gives a preview that fits the contract or an ImportError saying
 * where: never another exception (which the API would answer with a 500).
 */

const fixture = (path: string) => readFileSync(new URL(`./${path}`, import.meta.url), "utf8");

/** A small deterministic generator, so a failure names a mutation that can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const JUNK: unknown[] = [null, 1, "x", [], {}, true, [{}], { a: 1 }, "{{", -1, "${", "99999999999"];

function mutateJson(value: unknown, next: () => number): unknown {
  const junk = () => JUNK[Math.floor(next() * JUNK.length)];
  if (Array.isArray(value)) return value.map((v) => (next() < 0.1 ? junk() : mutateJson(v, next)));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const roll = next();
      if (roll < 0.05) continue;
      out[key] = roll < 0.12 ? junk() : mutateJson(v, next);
    }
    return out;
  }
  return value;
}

/** Reads the file as the API does and returns what went wrong other than an ImportError or a valid preview. */
async function misbehaviour(format: TImportFormat, text: string): Promise<string | undefined> {
  try {
    const result = ZImportPreview.safeParse(await previewImport(format, text));
    return result.success ? undefined : `invalid preview: ${JSON.stringify(result.error.issues[0])}`;
  } catch (error) {
    return error instanceof ImportError ? undefined : `threw ${String(error)}`;
  }
}

describe("mutated files", () => {
  it("Postman collections", async () => {
    const base = JSON.parse(fixture("postman/__fixtures__/shop.postman_collection.json")) as unknown;
    const next = random(42);
    for (let i = 0; i < 200; i++) {
      const text = JSON.stringify(mutateJson(base, next));
      expect(await misbehaviour("postman", text), `mutation ${i}`).toBeUndefined();
    }
  });

  it("JMeter plans: property values out of range or not numbers, elements disabled", async () => {
    const base = fixture("jmeter/__fixtures__/shop.jmx");
    const next = random(7);
    const junk = () => String(JUNK[Math.floor(next() * JUNK.length)] ?? "");
    for (let i = 0; i < 200; i++) {
      const text = base
        .replace(/(<(?:string|int|bool|long)Prop name="[^"]*">)[^<]*(<\/)/g, (whole, open: string, close: string) =>
          next() < 0.3 ? `${open}${junk().replace(/[<&]/g, "")}${close}` : whole,
        )
        .replace(/testclass="\w+"/g, (whole) => (next() < 0.05 ? "" : whole))
        .replace(/<(\w+) guiclass/g, (whole, tag: string) =>
          next() < 0.1 ? `<${tag} enabled="false" guiclass` : whole,
        );
      expect(await misbehaviour("jmeter", text), `mutation ${i}`).toBeUndefined();
    }
  });

  it("OpenAPI documents", async () => {
    const base = JSON.parse(fixture("openapi/__fixtures__/petstore.swagger.json")) as unknown;
    const next = random(3);
    for (let i = 0; i < 8; i++) {
      const text = JSON.stringify(mutateJson(base, next));
      expect(await misbehaviour("openapi", text), `mutation ${i}`).toBeUndefined();
    }
  });
});
