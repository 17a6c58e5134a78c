import { describe, expect, it } from "vitest";
import { BadRequestError } from "../http/errors";
import { readExpectedVersion } from "./expected-version";

const put = (headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/api/v1/scenarios/s1", { method: "PUT", headers });

function refusal(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof BadRequestError) return error.issues;
    throw error;
  }
  throw new Error("expected a BadRequestError");
}

describe("readExpectedVersion", () => {
  it("reads the version from the body or from If-Match, quoted, bare or weak", () => {
    expect(readExpectedVersion(put(), { expectedVersion: 3 })).toBe(3);
    expect(readExpectedVersion(put({ "if-match": '"4"' }), {})).toBe(4);
    expect(readExpectedVersion(put({ "if-match": "5" }), {})).toBe(5);
    expect(readExpectedVersion(put({ "if-match": 'W/"6"' }), {})).toBe(6);
    expect(readExpectedVersion(put({ "if-match": '"7"' }), { expectedVersion: 7 })).toBe(7);
  });

  it("means last write wins when neither is sent, or If-Match is *", () => {
    expect(readExpectedVersion(put(), { name: "x" })).toBeUndefined();
    expect(readExpectedVersion(put(), { expectedVersion: null })).toBeUndefined();
    expect(readExpectedVersion(put({ "if-match": "*" }), {})).toBeUndefined();
  });

  it("refuses a malformed version naming the field or header, and a disagreement between them", () => {
    expect(refusal(() => readExpectedVersion(put(), { expectedVersion: "3" }))[0]).toMatch(/^expectedVersion: /);
    expect(refusal(() => readExpectedVersion(put(), { expectedVersion: 0 }))[0]).toMatch(/^expectedVersion: /);
    expect(refusal(() => readExpectedVersion(put(), { expectedVersion: 1.5 }))[0]).toMatch(/^expectedVersion: /);
    expect(refusal(() => readExpectedVersion(put({ "if-match": '"abc"' }), {}))[0]).toMatch(/^If-Match header: /);
    expect(refusal(() => readExpectedVersion(put({ "if-match": '"2"' }), { expectedVersion: 3 }))[0]).toContain(
      "disagrees with the If-Match header's version 2",
    );
  });
});
