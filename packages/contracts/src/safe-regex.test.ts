import { describe, expect, it } from "vitest";
import { compileSafeRegex, safeRegexProblem } from "./safe-regex";

describe("compileSafeRegex", () => {
  it("takes each match's first capture group, else the whole match, as String.matchAll would", () => {
    const body = 'id=1 id=22 x id=333 name="bob"';
    for (const pattern of ["id=(\\d+)", "id=\\d+", "(x)|id=\\d+", "", "\\d*"]) {
      const native = [...body.matchAll(new RegExp(pattern, "g"))].map((m) => m[1] ?? m[0]);
      expect(compileSafeRegex(pattern).values(body), pattern).toEqual(native);
    }
  });

  it("tests like RegExp.test and understands \\uXXXX, \\u{X} and named groups", () => {
    expect(compileSafeRegex("^HTTP/1\\.[01]$").test("HTTP/1.1")).toBe(true);
    expect(compileSafeRegex("caf\\u00e9").test("café")).toBe(true);
    expect(compileSafeRegex("\\u{1F680}").test("go 🚀")).toBe(true);
    expect(compileSafeRegex("\\\\u0041").test("\\u0041")).toBe(true);
    expect(compileSafeRegex("(?<token>[a-f0-9]+)").values("x abc1 y")).toEqual(["abc1"]);
  });

  it("runs the catastrophic pattern (a+)+$ on a long body in linear time", () => {
    // 30 a's blocked a backtracking engine for 44 s; 10,000 would never end.
    const regex = compileSafeRegex("(a+)+$");
    regex.values("aab"); // compiled code warm, as in a console that has served a request
    const started = performance.now();
    expect(regex.values(`${"a".repeat(10_000)}b`)).toEqual([]);
    // The bound is 100 ms; it takes about 4 ms on an idle machine. The margin is for a loaded one: a
    // backtracking engine would not finish in any time at all.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(regex.values(`${"a".repeat(100_000)}b`)).toEqual([]); // ten times longer still ends (tens of ms)
  });
});

describe("safeRegexProblem", () => {
  it("says why lookaround and backreferences cannot run", () => {
    expect(safeRegexProblem("(?<=a)b")).toMatch(/lookahead and lookbehind .* are not supported .*linear-time/);
    expect(safeRegexProblem("a(?!b)")).toMatch(/lookahead and lookbehind/);
    expect(safeRegexProblem("(a)\\1")).toMatch(/backreferences/);
  });

  it("passes the engine's reason for a malformed pattern, and nothing for a good one", () => {
    expect(safeRegexProblem("[")).toBe(
      "invalid regex /[/: missing closing ]: `[` (patterns run in a linear-time engine, without lookaround or backreferences)",
    );
    expect(safeRegexProblem("token=([^&]+)")).toBeUndefined();
  });
});
