import { ZImportChoice, ZScenarioSpec } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { composeImport } from "./compose-import";
import { jsonResponse, previewOf } from "./correlate/test-preview";

const TOKEN = "0f1e2d3c4b5a69788796a5b4";

const recorded = () =>
  previewOf([
    {
      method: "POST",
      url: "https://api.test/api/token",
      body: { type: "json", json: '{"appid":"wx-demo-app","secret":"demo-secret"}' },
      response: jsonResponse({ access_token: TOKEN, expires_in: 7200 }),
    },
    {
      method: "GET",
      url: "https://api.test/api/profile",
      headers: [{ name: "Authorization", value: `Bearer ${TOKEN}` }],
    },
  ]);

const choice = (extra: object) => ZImportChoice.parse({ include: [0, 1], ...extra });

describe("composeImport", () => {
  it("applies the secret and the correlation, then builds a spec the contract accepts", () => {
    const { spec } = composeImport(
      recorded(),
      choice({ correlations: ["0:access_token"], secrets: ["0:body $.secret"] }),
      { name: "demo" },
    );
    const parsed = ZScenarioSpec.parse(spec);
    expect(parsed.globals).toEqual([{ name: "secret", value: "demo-secret", secret: true }]);
    const [token, profile] = parsed.flows[0]!.steps;
    expect(token).toMatchObject({ outputs: [{ name: "access_token", expression: "$.access_token" }] });
    expect(profile).toMatchObject({ headers: [{ name: "Authorization", value: "Bearer ${access_token}" }] });
    expect(JSON.stringify(spec)).not.toContain(TOKEN);
  });

  it("moves the token request into the token provider, with its lifetime from expires_in", () => {
    const { spec } = composeImport(recorded(), choice({ tokenProviderFrom: "0:access_token" }), { name: "demo" });
    const parsed = ZScenarioSpec.parse(spec);
    expect(parsed.tokenProvider).toMatchObject({
      request: { method: "POST", url: "https://api.test/api/token" },
      extract: { source: "body-json", expression: "$.access_token" },
      lifetime: { type: "field", expression: "$.expires_in" },
      param: "access_token",
    });
    expect(parsed.flows[0]!.steps.map((s) => s.name)).toEqual(["GET 1"]);
  });

  it("refuses a correlation whose source request is left out, and a token provider with nothing to guard", () => {
    expect(() =>
      composeImport(recorded(), ZImportChoice.parse({ include: [1], correlations: ["0:access_token"] }), { name: "x" }),
    ).toThrow(/^correlations\[0\]: "0:access_token" reads its value from request 0, which is not included/);
    expect(() =>
      composeImport(recorded(), ZImportChoice.parse({ include: [0], tokenProviderFrom: "0:access_token" }), {
        name: "x",
      }),
    ).toThrow(/^include: the token request is the only request chosen/);
  });
});
