import { describe, expect, it } from "vitest";
import { findTextIssue, textProblem } from "./clean-text";

describe("textProblem", () => {
  it("accepts ordinary text, emoji (a surrogate pair) included", () => {
    expect(textProblem("login 🚀 é")).toBeUndefined();
  });

  it("names a NUL and a lone surrogate of either half", () => {
    expect(textProblem("a\0b")).toMatch(/NUL/);
    expect(textProblem("a\uD800b")).toMatch(/lone surrogate/);
    expect(textProblem("\uDC00")).toMatch(/lone surrogate/);
    expect(textProblem("🚀".slice(0, 1))).toMatch(/lone surrogate/);
  });
});

describe("findTextIssue", () => {
  it("names the field path as formatIssues writes it", () => {
    const body = { name: "ok", spec: { flows: [{ steps: [{ name: "a" }, { name: "b" }, { name: "c\0" }] }] } };
    expect(findTextIssue(body)).toEqual({
      path: "spec.flows.0.steps.2.name",
      message: "contains a NUL character (\\u0000)",
    });
  });

  it("checks object keys too, and reports the first issue in document order", () => {
    expect(findTextIssue({ regions: { "eu\uD800": 100 } })?.path).toBe('regions."eu\\ud800"');
    expect(findTextIssue({ a: "\0", b: "\uD800" })?.path).toBe("a");
  });

  it("returns undefined for a clean document and walks deep nesting without recursion", () => {
    expect(findTextIssue({ a: [1, true, null, "x"] })).toBeUndefined();
    let deep: unknown = "\0";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findTextIssue(deep)?.message).toMatch(/NUL/);
  });
});
