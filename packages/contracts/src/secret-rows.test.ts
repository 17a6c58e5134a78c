import { describe, expect, it } from "vitest";
import { mapSecretRows, redactSecrets, SECRET_MASK, secretRowsOf, secretValuesOf } from "./secret-rows";
import { ZScenarioSpec } from "./scenario";

const spec = ZScenarioSpec.parse({
  globals: [
    { name: "appSecret", value: "global-secret-1", secret: true },
    { name: "base", value: "http://127.0.0.1" },
  ],
  tokenProvider: {
    request: { url: "http://127.0.0.1/token", query: [{ name: "secret", value: "client-secret-2", secret: true }] },
  },
  flows: [
    {
      name: "main",
      steps: [
        {
          type: "http",
          name: "login",
          url: "http://127.0.0.1/login",
          headers: [
            { name: "X-Key", value: "header-secret-3", secret: true },
            { name: "X-Key", value: "header-secret-4", secret: true },
          ],
          body: { type: "form", fields: [{ name: "user", value: "bob" }] },
        },
      ],
    },
  ],
});

describe("secret rows of a spec", () => {
  it("finds every row marked secret, keyed by names so reordering keeps its identity", () => {
    expect(secretRowsOf(spec).map((r) => [r.key, r.path.join("."), r.value])).toEqual([
      ["globals/appSecret", "globals.0.value", "global-secret-1"],
      ["tokenProvider/request/query/secret", "tokenProvider.request.query.0.value", "client-secret-2"],
      ["flows/main/steps/login/headers/X-Key", "flows.0.steps.0.headers.0.value", "header-secret-3"],
      ["flows/main/steps/login/headers/X-Key#2", "flows.0.steps.0.headers.1.value", "header-secret-4"],
    ]);
  });

  it("redacts secret values only, leaving the original untouched", () => {
    const redacted = redactSecrets(spec);
    expect(JSON.stringify(redacted)).not.toContain("secret-1");
    expect(redacted.globals).toEqual([
      { name: "appSecret", value: SECRET_MASK, secret: true },
      { name: "base", value: "http://127.0.0.1" },
    ]);
    expect(spec.globals[0]!.value).toBe("global-secret-1");
  });

  it("lists the plaintext values to mask, without empty or masked ones", () => {
    const partly = mapSecretRows(spec, (row) => (row.key === "globals/appSecret" ? "" : row.value));
    expect(secretValuesOf(partly)).toEqual(["client-secret-2", "header-secret-3", "header-secret-4"]);
    expect(secretValuesOf(redactSecrets(spec))).toEqual([]);
  });
});
