import { describe, expect, it } from "vitest";
import { BadRequestError } from "../http/errors";
import { parseStartRunBody } from "./start-run-body";

const now = new Date("2026-12-01T10:00:00Z");

function issues(body: unknown): string[] {
  try {
    parseStartRunBody(body, now);
  } catch (error) {
    if (error instanceof BadRequestError) return error.issues;
    throw error;
  }
  throw new Error("expected a BadRequestError");
}

describe("parseStartRunBody", () => {
  it("takes the load beside the confirmation, and records when it was confirmed", () => {
    expect(parseStartRunBody({ confirmCompliance: true, vus: 2, durationSeconds: 3 }, now)).toEqual({
      load: { vus: 2, durationSeconds: 3 },
      complianceConfirmedAt: now,
    });
  });

  it("means the scenario's saved load when only the confirmation is sent", () => {
    expect(parseStartRunBody({ confirmCompliance: true }, now)).toEqual({
      load: undefined,
      complianceConfirmedAt: now,
    });
  });

  it("refuses a start without the confirmation, naming the field", () => {
    for (const body of [undefined, {}, { vus: 2, durationSeconds: 3 }, { confirmCompliance: "true" }]) {
      const [issue] = issues(body);
      expect(issue).toMatch(/^confirmCompliance: must be true, confirming that this test is permitted/);
    }
    expect(issues({ confirmCompliance: false })[0]).toContain("(got false)");
  });

  it("refuses a body that is not an object", () => {
    expect(issues([1, 2])[0]).toMatch(/^body: must be a JSON object/);
    expect(issues(null)[0]).toMatch(/^body: must be a JSON object/);
  });
});
