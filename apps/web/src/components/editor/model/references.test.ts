import { describe, expect, it } from "vitest";
import { scenarioWideParams, undefinedReferences } from "./references";

describe("undefinedReferences", () => {
  const known = new Set(["access_token", "appid"]);

  it("flags references nothing defines, once each, and accepts known ones", () => {
    expect(undefinedReferences("a=${access_token}&b=${nope}&c=${nope}", known)).toEqual(["${nope}"]);
    expect(undefinedReferences("${ access_token }", known)).toEqual([]);
  });

  it("looks inside function arguments and knows the engine's functions", () => {
    expect(undefinedReferences("${__md5(${appid}${secret})}", known)).toEqual(["${secret}"]);
    expect(undefinedReferences("${__uuid()}-${__timestamp()}", known)).toEqual([]);
    expect(undefinedReferences("${__nope(1)}", known)).toEqual(["${__nope(...)} (no such function)"]);
  });

  it("ignores text that is not a reference", () => {
    expect(undefinedReferences("$access_token {x} ${", known)).toEqual([]);
  });
});

describe("scenarioWideParams", () => {
  it("names data columns by mapping, else by the file's header or col1..", () => {
    const params = scenarioWideParams(
      {
        globals: [{ name: "appid", value: "x" }],
        dataSources: [
          {
            name: "a.csv",
            firstLineIsHeader: true,
            columns: [{ column: "token", param: "input_token" }],
            policy: "sequential",
            onEnd: "recycle",
            advance: "iteration",
          },
          {
            name: "b.csv",
            firstLineIsHeader: true,
            columns: [],
            policy: "sequential",
            onEnd: "recycle",
            advance: "iteration",
          },
          { name: "c.csv", firstLineIsHeader: false, columns: [], policy: "random", onEnd: "stop", advance: "vu" },
        ],
        tokenProvider: undefined,
      },
      { "b.csv": ["user", "pass"], "c.csv": ["x", "y"] },
    );
    expect(params.data.map((p) => p.name)).toEqual(["input_token", "user", "pass", "col1", "col2"]);
    expect(params.globals.map((p) => p.name)).toEqual(["appid"]);
    expect(params.token).toEqual([]);
  });
});
