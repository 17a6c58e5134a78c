import { describe, expect, it } from "vitest";
import { roleAllows, scopeAllows } from "./permissions";

describe("permissions", () => {
  it("gives a Viewer read only", () => {
    expect(roleAllows("VIEWER", "read")).toBe(true);
    for (const p of ["edit", "run", "admin"] as const) expect(roleAllows("VIEWER", p)).toBe(false);
  });
  it("lets an Editor edit and run but not administer", () => {
    expect(roleAllows("EDITOR", "edit")).toBe(true);
    expect(roleAllows("EDITOR", "run")).toBe(true);
    expect(roleAllows("EDITOR", "admin")).toBe(false);
  });
  it("lets a run key start runs but not edit scenarios or members", () => {
    expect(scopeAllows("RUN", "run")).toBe(true);
    expect(scopeAllows("RUN", "edit")).toBe(false);
    expect(scopeAllows("RUN", "admin")).toBe(false);
    expect(scopeAllows("READ", "run")).toBe(false);
    expect(scopeAllows("ADMIN", "admin")).toBe(true);
  });
});
