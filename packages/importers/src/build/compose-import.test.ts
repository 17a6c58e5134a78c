import { ZScenarioSpec } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { jsonResponse, previewOf } from "../correlate/test-preview";
import { ImportError } from "../import-error";
import { composeImport } from "./compose-import";

const TOKEN = "3f9c0e5b8d0a4c1e9b7a";

const recorded = () =>
  previewOf([
    {
      method: "POST",
      url: "http://127.0.0.1:4010/api/token",
      body: { type: "json", json: '{"appid":"wx-demo-app","secret":"demo-secret"}' },
      response: jsonResponse({ access_token: TOKEN, expires_in: 7200 }),
    },
    {
      method: "GET",
      url: "http://127.0.0.1:4010/api/profile",
      headers: [{ name: "Authorization", value: `Bearer ${TOKEN}` }],
      response: jsonResponse({ errcode: 0 }),
    },
  ]);

describe("composeImport", () => {
  it("applies the chosen correlation before building: an output on the token step, a reference where it was sent", () => {
    const { spec } = composeImport(recorded(), { include: [0, 1], correlations: ["0:access_token"] });
    const [token, profile] = ZScenarioSpec.parse(spec).flows[0]!.steps;
    expect(token).toMatchObject({ outputs: [{ name: "access_token", source: "body-json" }] });
    expect(profile).toMatchObject({ headers: [{ name: "Authorization", value: "Bearer ${access_token}" }] });
  });

  it("makes the token request the token provider, out of the flow", () => {
    const built = composeImport(recorded(), { include: [0, 1], tokenProviderFrom: "0:access_token" }, { name: "Demo" });
    const spec = ZScenarioSpec.parse(built.spec);
    expect(built.name).toBe("Demo");
    expect(spec.tokenProvider).toMatchObject({
      param: "access_token",
      request: { name: "token provider", method: "POST", url: "http://127.0.0.1:4010/api/token" },
      lifetime: { type: "field" },
    });
    expect(spec.flows[0]!.steps.map((s) => s.name)).toEqual(["GET 1"]); // the profile request only
    expect(spec.flows[0]!.steps[0]).toMatchObject({ headers: [{ value: "Bearer ${access_token}" }] });
  });

  it("refuses a choice that names no proposal, or leaves no request, as an ImportError naming the entry", () => {
    expect(() => composeImport(recorded(), { include: [0, 1], correlations: ["7:nope"] })).toThrow(
      new ImportError("correlations[0]", '"7:nope" is not a correlation found in this import'),
    );
    expect(() => composeImport(recorded(), { include: [0], tokenProviderFrom: "0:access_token" })).toThrow(
      "include: the token request becomes the token provider; choose at least one other request",
    );
  });
});
