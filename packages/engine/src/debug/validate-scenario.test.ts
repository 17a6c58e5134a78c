import { type THttpStep, ZScenarioSpec } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { CsvError } from "../data/csv-table";
import { inspectCsv } from "./inspect-csv";
import { validateScenario } from "./validate-scenario";

const step = (name: string, expression: string) => ({
  type: "http" as const,
  name,
  url: "http://127.0.0.1/x",
  outputs: [{ name: "t", source: "body-json" as const, expression }],
});

describe("validateScenario", () => {
  it("names the field of every JSONPath, regex and template problem", () => {
    const spec = ZScenarioSpec.parse({
      flows: [
        {
          name: "f",
          steps: [
            step("a", "$.data["),
            { ...step("b", "ok"), headers: [{ name: "x", value: "${__nope()}" }] },
            { ...step("c", "ok"), checks: [{ source: "body-text", operator: "matches", value: "ok" }] },
          ],
        },
      ],
    });
    // The schema refuses a bad regex at save; a spec that skipped it is still refused when compiled.
    (spec.flows[0]!.steps[2] as THttpStep).checks[0]!.value = "(";
    const issues = validateScenario(spec);
    expect(issues[0]).toBe('flows.0.steps.0.outputs.0.expression: invalid JSONPath "$.data[": missing "]"');
    expect(issues[1]).toMatch(/^flows\.0\.steps\.1\.headers\.0\.value: unknown function __nope\(\)/);
    expect(issues[2]).toMatch(/^flows\.0\.steps\.2\.checks\.0: invalid regex \/\(\/: missing closing \)/);
    expect(issues).toHaveLength(3);
  });

  it("is empty for a spec that compiles, and reports a flow with every API disabled", () => {
    expect(
      validateScenario(ZScenarioSpec.parse({ flows: [{ name: "f", steps: [step("a", "access_token")] }] })),
    ).toEqual([]);
    const disabled = ZScenarioSpec.parse({ flows: [{ name: "f", steps: [{ ...step("a", "x"), enabled: false }] }] });
    expect(validateScenario(disabled)).toEqual(['flows.0.steps: flow "f" has no enabled API operation']);
    // A run does not compile a disabled step, so neither does validation.
    const parked = ZScenarioSpec.parse({
      flows: [{ name: "f", steps: [step("a", "ok"), { ...step("b", "$.x["), enabled: false }] }],
    });
    expect(validateScenario(parked)).toEqual([]);
  });
});

describe("inspectCsv", () => {
  it("gives the header, the row count and the first 10 rows", () => {
    const rows = Array.from({ length: 12 }, (_, i) => `t${i},${i}`);
    const csv = inspectCsv("token.csv", new TextEncoder().encode(`token,n\n${rows.join("\n")}\n`), {
      firstLineIsHeader: true,
    });
    expect(csv.header).toEqual(["token", "n"]);
    expect(csv.rowCount).toBe(12);
    expect(csv.preview).toHaveLength(10);
    expect(csv.preview[0]).toEqual(["t0", "0"]);
    expect(inspectCsv("a.csv", "x,y\n", { firstLineIsHeader: false }).header).toEqual(["col1", "col2"]);
  });

  it("refuses a ragged file naming the file and the line", () => {
    expect(() => inspectCsv("token.csv", "a,b,c\n1,2,3\n1,2\n", { firstLineIsHeader: true })).toThrow(CsvError);
    expect(() => inspectCsv("token.csv", "a,b,c\n1,2,3\n1,2\n", { firstLineIsHeader: true })).toThrow(
      "token.csv line 3: expected 3 fields, found 2",
    );
  });
});
