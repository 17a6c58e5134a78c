import { describe, expect, it } from "vitest";
import {
  auditActionGroups,
  auditTargetHref,
  describeAuditTarget,
  filterByActionPrefix,
  summarizeAuditDetail,
} from "./audit-format";

describe("summarizeAuditDetail", () => {
  it("writes an object's fields on one line", () => {
    expect(summarizeAuditDetail({ name: "ci", scope: "run" })).toBe("name: ci, scope: run");
    expect(summarizeAuditDetail({ vus: 20 })).toBe("vus: 20");
    expect(summarizeAuditDetail({ from: { id: "s1" } })).toBe('from: {"id":"s1"}');
  });

  it("says nothing for an entry without detail", () => {
    expect(summarizeAuditDetail(null)).toBe("");
    expect(summarizeAuditDetail(undefined)).toBe("");
  });

  it("cuts a long detail so the table stays readable", () => {
    const summary = summarizeAuditDetail({ note: "x".repeat(500) });
    expect(summary).toHaveLength(160);
    expect(summary.endsWith("…")).toBe(true);
  });
});

describe("describeAuditTarget", () => {
  it("names the target by the e-mail or name its detail carries", () => {
    expect(
      describeAuditTarget({ targetType: "member", targetId: "u1", detail: { email: "a@x.io", role: "VIEWER" } }),
    ).toBe("member a@x.io");
    expect(describeAuditTarget({ targetType: "api-key", targetId: "k1", detail: { name: "ci", scope: "run" } })).toBe(
      "api-key ci",
    );
  });

  it("falls back to the id, then to the type alone", () => {
    expect(describeAuditTarget({ targetType: "run", targetId: "r1", detail: { vus: 3 } })).toBe("run r1");
    expect(describeAuditTarget({ targetType: "project", targetId: null, detail: null })).toBe("project");
  });
});

describe("auditTargetHref", () => {
  it("links runs and scenarios that still exist, nothing else", () => {
    expect(auditTargetHref({ targetType: "run", targetId: "r1", action: "run.stop" })).toBe("/runs/r1");
    expect(auditTargetHref({ targetType: "scenario", targetId: "s1", action: "scenario.update" })).toBe(
      "/scenarios/s1",
    );
    expect(auditTargetHref({ targetType: "scenario", targetId: "s1", action: "scenario.delete" })).toBeNull();
    expect(auditTargetHref({ targetType: "api-key", targetId: "k1", action: "key.create" })).toBeNull();
  });
});

describe("action filter", () => {
  const events = [{ action: "run.start" }, { action: "run.stop" }, { action: "runner.x" }, { action: "key.create" }];

  it("keeps the actions under a prefix, not ones that merely start with its letters", () => {
    expect(filterByActionPrefix(events, "run").map((e) => e.action)).toEqual(["run.start", "run.stop"]);
    expect(filterByActionPrefix(events, "run.stop").map((e) => e.action)).toEqual(["run.stop"]);
    expect(filterByActionPrefix(events, "")).toHaveLength(4);
  });

  it("offers each group once, sorted", () => {
    expect(auditActionGroups(events)).toEqual(["key", "run", "runner"]);
  });
});
