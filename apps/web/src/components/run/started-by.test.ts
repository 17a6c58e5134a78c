import { describe, expect, it } from "vitest";
import { describeStarter } from "./started-by";

describe("describeStarter", () => {
  const createdAt = "2026-12-01T10:00:00.000Z";

  it("names who started the run, when, and that they confirmed compliance", () => {
    expect(describeStarter({ startedBy: "ana@example.com", complianceConfirmedAt: createdAt, createdAt })).toBe(
      "Started by ana@example.com at 2026-12-01 10:00:00 UTC, compliance confirmed",
    );
    expect(describeStarter({ startedBy: "key ci", complianceConfirmedAt: null, createdAt })).toBe(
      "Started by key ci at 2026-12-01 10:00:00 UTC",
    );
  });

  it("says only when a run from before starters were recorded was created", () => {
    expect(describeStarter({ startedBy: null, complianceConfirmedAt: null, createdAt })).toBe(
      "created 2026-12-01 10:00:00 UTC",
    );
  });
});
