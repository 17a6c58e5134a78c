import { describe, expect, it } from "vitest";
import { fieldId, parseIssue } from "./issues";

describe("parseIssue", () => {
  it("splits the path from the message", () => {
    expect(parseIssue('spec.flows.0.steps.1.url: not an absolute URL: "api/x"')).toEqual({
      path: "spec.flows.0.steps.1.url",
      message: 'not an absolute URL: "api/x"',
    });
    expect(parseIssue("load.vus: at least one virtual user")).toEqual({
      path: "load.vus",
      message: "at least one virtual user",
    });
  });

  it("puts the engine's spec-relative paths under spec, so one field id serves both", () => {
    expect(parseIssue("flows.0.steps.0.outputs.0.expression: invalid JSONPath").path).toBe(
      "spec.flows.0.steps.0.outputs.0.expression",
    );
  });

  it("keeps a message without a path whole", () => {
    expect(parseIssue("invalid request: body is not JSON")).toEqual({
      path: "",
      message: "invalid request: body is not JSON",
    });
  });
});

describe("fieldId", () => {
  it("is a valid DOM id", () => {
    expect(fieldId("spec.flows.0.steps.1.url")).toBe("field-spec-flows-0-steps-1-url");
  });
});
