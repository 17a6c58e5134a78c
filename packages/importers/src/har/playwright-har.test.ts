import { readFileSync } from "node:fs";
import { ZScenarioSpec } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { buildScenario } from "../build/build-scenario";
import { previewImport } from "../preview/preview-import";

// Recorded by Playwright's recordHar in Chromium against the demo target: a page, then the page's fetches
// (token, profile with the token in a header, a form post with it, the same list twice).
const playwrightHar = readFileSync(new URL("./__fixtures__/playwright-demo.har", import.meta.url), "utf8");

describe("a HAR recorded by Playwright in Chromium", () => {
  it("imports every request with what the scenario should send", async () => {
    const preview = await previewImport("har", playwrightHar);
    expect(preview.title).toBeUndefined(); // Playwright leaves the page title empty
    expect(preview.requests.map((r) => `${r.name} ${r.response?.status}`)).toEqual([
      "GET /hello 200",
      "POST /api/token 200",
      "GET /api/profile 200",
      "POST /api/activity 200",
      "GET /api/items 200",
      "GET /api/items 200",
    ]);
    const token = preview.requests[1]!;
    const names = token.headers.map((h) => h.name.toLowerCase());
    for (const dropped of ["host", "connection", "content-length", "accept-encoding", "content-type"]) {
      expect(names).not.toContain(dropped);
    }
    expect(token.body).toEqual({ type: "json", json: '{"appid":"wx-demo-app","secret":"demo-secret"}' });
    expect(JSON.parse(token.response!.bodyText!)).toMatchObject({ expires_in: 7200 });
    expect(preview.requests[2]!.headers.find((h) => h.name === "authorization")!.value).toMatch(/^Bearer [0-9a-f]+$/);
    expect(preview.requests[3]!.body).toMatchObject({
      type: "form",
      fields: [{ name: "input_token" }, { name: "activity_id", value: "a-1" }],
    });
    expect(preview.requests[5]!.duplicateOf).toBe(4);
  });

  it("builds a scenario with think times where the recording paused", async () => {
    const preview = await previewImport("har", playwrightHar);
    const include = preview.requests.filter((r) => !r.isStatic && r.duplicateOf === undefined).map((r) => r.index);
    const spec = ZScenarioSpec.parse(buildScenario(preview, { include, thinkTimes: true }).spec);
    expect(spec.flows[0]!.steps.map((s) => (s.type === "think" ? `think ${s.ms}` : s.name))).toEqual([
      "GET /hello",
      "think 733",
      "POST /api/token",
      "think 411",
      "GET /api/profile",
      "POST /api/activity", // 1.6 ms after the profile answer: the page's own pace, not a pause
      "think 257",
      "GET /api/items",
    ]);
  });
});
