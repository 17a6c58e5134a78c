import { describe, expect, it } from "vitest";
import { newHttpStep } from "../model/draft";
import { tokenProviderFromStep } from "./make-token-provider";

describe("tokenProviderFromStep", () => {
  it("takes the request and reads the token where the API's first output did, under the same name", () => {
    const step = {
      ...newHttpStep("Get token"),
      url: "http://127.0.0.1:4010/cgi-bin/token",
      outputs: [{ name: "tok", source: "body-json" as const, expression: "data.token", match: 0 as const }],
      checks: [{ source: "status" as const, expression: "", operator: "eq" as const, value: "200" }],
    };
    const provider = tokenProviderFromStep(step);
    expect(provider.request).toMatchObject({ name: "Get token", url: step.url, method: "GET" });
    expect(provider.request).not.toHaveProperty("outputs");
    expect(provider.extract).toEqual({ source: "body-json", expression: "data.token" });
    expect(provider.param).toBe("tok");
    expect(provider.rejectedWhen.bodyJson).toEqual([{ expression: "errcode", values: ["40001", "42001"] }]);
  });

  it("falls back to access_token when the API has no output", () => {
    const provider = tokenProviderFromStep(newHttpStep("t"));
    expect(provider.param).toBe("access_token");
    expect(provider.extract.expression).toBe("access_token");
  });
});
