import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScenario } from "../test-support/run-scenario";

// Tokens live 2 s and a replaced one 0.5 s more: a 7 s run spans several lifetimes.
let target: DemoTarget;
beforeAll(async () => {
  target = await createDemoTarget({ port: 0, tokenTtlSeconds: 2, graceSeconds: 0.5 });
});
afterAll(() => target?.close());

const activity = (url: string) => ({
  type: "http" as const,
  name: "activity",
  method: "POST" as const,
  url: `${url}/api/activity`,
  body: { type: "json" as const, json: '{"input_token":"${access_token}"}' },
});

describe("keeping a long test authenticated", () => {
  it("method 1, a token-retrieval step: zero 401s over several token lifetimes", async () => {
    target.resetStats();
    const { summary, step } = await runScenario(
      {
        flows: [
          {
            name: "f",
            steps: [
              {
                type: "http",
                name: "get token",
                url: `${target.url}/cgi-bin/token?grant_type=client_credential&appid=wx-demo-app&secret=demo-secret`,
                outputs: [{ name: "access_token", source: "body-json", expression: "access_token" }],
              },
              activity(target.url),
            ],
          },
        ],
      },
      { vus: 1, durationSeconds: 5 },
    );
    expect(step("activity")!.requests).toBeGreaterThan(100);
    expect(step("activity")!.failures).toBe(0);
    expect(target.stats().unauthorized).toBe(0);
    expect(target.stats().requests).toBe(summary.requests);
  });

  it("method 3, the token provider: one shared token, refreshed ahead of expiry, zero 401s", async () => {
    target.resetStats();
    const { summary, step, frames } = await runScenario(
      {
        tokenProvider: {
          request: {
            url: `${target.url}/api/token`,
            method: "POST",
            body: { type: "json", json: '{"appid":"wx-demo-app","secret":"demo-secret"}' },
          },
          refreshMarginSeconds: 0.5,
        },
        flows: [{ name: "f", steps: [activity(target.url)] }],
      },
      { vus: 8, durationSeconds: 7 },
    );
    const stats = target.stats();
    expect(step("activity")!.requests).toBeGreaterThan(500);
    expect(stats.unauthorized).toBe(0);
    expect(step("activity")!.failures).toBe(0);
    // One fetch per lifetime (refreshing at 1.5 s of 2 s), shared by all 8 VUs — not one per VU.
    expect(step("token provider")!.requests).toBe(stats.tokensIssued);
    expect(stats.tokensIssued).toBeGreaterThanOrEqual(4);
    expect(stats.tokensIssued).toBeLessThanOrEqual(7);
    expect(stats.requests).toBe(summary.requests);
    // The frames say the same: every fetch counted once, most of them refreshes ahead of expiry.
    const fetches = frames.reduce((n, f) => n + (f.token?.fetches ?? 0), 0);
    const ahead = frames.reduce((n, f) => n + (f.token?.refreshesAhead ?? 0), 0);
    expect(fetches).toBe(stats.tokensIssued);
    expect(ahead).toBe(fetches - 1);
    expect(Math.max(...frames.map((f) => f.token?.ageSeconds ?? 0))).toBeLessThan(2);
  });

  it("the token provider refreshes on a WeChat-style rejection (HTTP 200, errcode 40001) and retries once", async () => {
    target.resetStats();
    // A fixed lifetime far longer than the real one: only the rejection rule can keep the test authenticated.
    const { step } = await runScenario(
      {
        tokenProvider: {
          request: {
            url: `${target.url}/cgi-bin/token?grant_type=client_credential&appid=wx-demo-app&secret=demo-secret`,
          },
          lifetime: { type: "fixed", seconds: 3600 },
          rejectedWhen: { statuses: [401], bodyJson: [{ expression: "errcode", values: ["40001", "42001"] }] },
        },
        flows: [
          {
            name: "f",
            steps: [
              {
                type: "http",
                name: "wechat activity",
                method: "POST",
                url: `${target.url}/wechat/activity?access_token=\${access_token}`,
                body: { type: "json", json: "{}" },
                checks: [{ source: "body-json", expression: "errcode", operator: "eq", value: "0" }],
              },
            ],
          },
        ],
      },
      { vus: 4, durationSeconds: 5 },
    );
    const s = step("wechat activity")!;
    const rejections = s.errors.auth ?? 0;
    // Each expiry costs the VUs in flight one rejected request each, then one shared refresh.
    expect(rejections).toBeGreaterThan(0);
    expect(rejections).toBeLessThanOrEqual(4 * step("token provider")!.requests);
    expect(step("token provider")!.requests).toBeGreaterThanOrEqual(2);
    expect(s.failures).toBe(rejections);
    expect(s.checksPassed).toBeGreaterThan(100);
  });

  it("method 2, pre-recorded tokens from a CSV: reports the 401s as auth failures once the tokens expire", async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${target.url}/api/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ appid: "wx-demo-app", secret: "demo-secret" }),
      });
      tokens.push(((await res.json()) as { access_token: string }).access_token);
    }
    target.resetStats();
    const { step } = await runScenario(
      {
        dataSources: [{ name: "token.csv", columns: [{ column: "token", param: "access_token" }] }],
        flows: [{ name: "f", steps: [activity(target.url)] }],
      },
      { vus: 3, durationSeconds: 4 },
      { data: { "token.csv": `token\n${tokens.join("\n")}\n` } },
    );
    const s = step("activity")!;
    expect(s.statusCodes["200"]).toBeGreaterThan(0); // before they expired
    expect(s.errors.auth).toBeGreaterThan(0); // after
    expect(s.errors.auth).toBe(s.statusCodes["401"]);
    expect(s.errors.http_4xx ?? 0).toBe(0);
    expect(target.stats().unauthorized).toBe(s.errors.auth);
  });
});
