import { describe, expect, it } from "vitest";
import { bindingFor, rebind } from "./binding";

const file = (header: string[], preview: string[][] = []) => ({
  name: "token.csv",
  fileName: "token.csv",
  header,
  rowCount: 3,
  sizeBytes: 100,
  sha256: "x",
  preview,
});

describe("bindingFor", () => {
  it("maps every header column to a parameter of its name", () => {
    expect(bindingFor(file(["token", "user"]), true).columns).toEqual([
      { column: "token", param: "token" },
      { column: "user", param: "user" },
    ]);
  });

  it("numbers the columns of a file without a header line", () => {
    expect(bindingFor(file(["col1", "col2"]), false).columns).toEqual([
      { column: "1", param: "col1" },
      { column: "2", param: "col2" },
    ]);
  });
});

describe("rebind", () => {
  it("keeps a renamed mapping when the re-uploaded file has the same columns", () => {
    const edited = { ...bindingFor(file(["token"]), true), columns: [{ column: "token", param: "input_token" }] };
    expect(rebind(edited, file(["token"]), true)).toBe(edited);
  });

  it("maps afresh when the columns changed, keeping the row policy", () => {
    const edited = { ...bindingFor(file(["token"]), true), policy: "unique" as const };
    const next = rebind(edited, file(["token", "user"]), true);
    expect(next.columns).toHaveLength(2);
    expect(next.policy).toBe("unique");
  });
});
