import { describe, expect, it } from "vitest";
import { describeConflict, parseConflict } from "./conflict";

describe("a save conflict as the editor reads it", () => {
  const body = {
    error: "scenario s1 was changed by ana@example.com ...",
    currentVersion: 4,
    updatedBy: "ana@example.com",
    updatedAt: "2026-12-01T10:00:00.000Z",
  };

  it("reads a stale-save 409 and says who saved which version when", () => {
    const conflict = parseConflict(body)!;
    expect(conflict).toEqual(body);
    expect(describeConflict(conflict)).toBe("ana@example.com saved a change at 2026-12-01 10:00:00 UTC (version 4)");
    expect(describeConflict({ ...conflict, updatedBy: null })).toMatch(/^Someone else saved a change at /);
  });

  it("is not fooled by another 409 (a run's state, say)", () => {
    expect(parseConflict({ error: "run r is QUEUED" })).toBeNull();
    expect(parseConflict(null)).toBeNull();
  });
});
