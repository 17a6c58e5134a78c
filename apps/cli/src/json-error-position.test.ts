import { describe, expect, it } from "vitest";
import { locateJsonError } from "./json-error-position";

describe("locateJsonError", () => {
  it.each([
    ['{\n  "flows": [\n    { "name": "a", }\n  ]\n}', 3, 20, 'expected a property name in double quotes but found "}"'],
    ['{"a": }', 1, 7, 'expected a value but found "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}" after a property value but found """'],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name'],
    ["[1, 2", 1, 6, 'expected "," or "]" after an array element but found the end of the file'],
    ['{"a": tru}', 1, 7, "expected a value"],
    ['{"a": "x\ny"}', 1, 9, "control character"],
    ['{"a": "abc', 1, 7, "unterminated string"],
    ["{} x", 1, 4, "unexpected text after the JSON value"],
    ["", 1, 1, "expected a value but found the end of the file"],
    ["{'a': 1}", 1, 2, "expected a property name in double quotes"],
  ])("%j: line %i, column %i", (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    const at = locateJsonError(text);
    expect(at).toMatchObject({ line, column });
    expect(at.message).toContain(message);
  });
});
