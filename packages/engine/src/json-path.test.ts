import { describe, expect, it } from "vitest";
import { compileJsonPath } from "./json-path";

describe("JSONPath", () => {
  const doc = {
    access_token: "t",
    data: {
      items: [
        { id: 1, price: 5 },
        { id: 2, price: 20 },
      ],
    },
  };

  it("reads a bare name as $.name, and simple chains without the general evaluator", () => {
    expect(compileJsonPath("access_token")(doc)).toEqual(["t"]);
    expect(compileJsonPath("$.data.items[1].id")(doc)).toEqual([2]);
    expect(compileJsonPath("$.missing.x")(doc)).toEqual([]);
  });

  it("evaluates filters and wildcards", () => {
    expect(compileJsonPath("$..items[?(@.price<10)].id")(doc)).toEqual([1]);
    expect(compileJsonPath("$.data.items[*].id")(doc)).toEqual([1, 2]);
  });

  it("refuses a broken path, saying what is wrong", () => {
    expect(() => compileJsonPath("$..[?(@.x")).toThrow(/invalid JSONPath "\$\.\.\[\?\(@\.x": missing/);
    expect(() => compileJsonPath("$.a[")).toThrow(/missing "\]"/);
    expect(() => compileJsonPath("$.a.")).toThrow(/ends in the middle/);
    expect(() => compileJsonPath("$.a]")).toThrow(/unexpected "\]" at character 4/);
    expect(() => compileJsonPath("")).toThrow(/empty/);
  });
});
