import { describe, expect, it } from "vitest";
import { parseJsonText } from "./import-error";
import { findJsonSyntaxError } from "./json-syntax";

describe("findJsonSyntaxError", () => {
  it("finds nothing wrong in valid JSON", () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"], "b": {}}')).toBeUndefined();
  });

  it("points at the first character that breaks the grammar", () => {
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({
      offset: 8,
      what: 'expected a property name in double quotes, found "}"',
    });
    expect(findJsonSyntaxError('{"a" 1}')).toEqual({ offset: 5, what: "expected ':', found \"1\"" });
    expect(findJsonSyntaxError("[1 2]")).toEqual({ offset: 3, what: "expected ',' or ']', found \"2\"" });
    expect(findJsonSyntaxError('["a\\q"]')).toEqual({ offset: 3, what: "a bad escape sequence in a string" });
    expect(findJsonSyntaxError('["a\nb"]')).toMatchObject({ offset: 3 });
    expect(findJsonSyntaxError('{"a": "b')).toEqual({ offset: 8, what: "a string that is never closed" });
  });
});

describe("parseJsonText", () => {
  it("names the line and column, counting from 1", () => {
    expect(() => parseJsonText('{\n  "a": tru\n}')).toThrow(
      'line 2, column 8: not valid JSON: expected a value, found "t"',
    );
  });

  it("still refuses JSON nested too deep to walk, without a position", () => {
    expect(() => parseJsonText("[".repeat(200_000))).toThrow(/^file: not valid JSON \(/);
  });

  it("reads a file that starts with a byte order mark", () => {
    expect(parseJsonText('\uFEFF{"log": {}}')).toEqual({ log: {} });
  });
});
