import { describe, expect, it } from "vitest";
import { ZLoadConfig, ZRunSummary, ZScenarioSpec, type TRunSummary } from "@stampede/contracts";
import { insightsFor, loadInsights, tokenMarginInsights } from "./insights";

const latency = (p99: number) => ({ min: 1, mean: 5, p50: 5, p90: 8, p95: 9, p99, max: p99 });

function summary(over: Partial<TRunSummary> & { tokenRequests?: number } = {}): TRunSummary {
  const { tokenRequests = 0, ...rest } = over;
  const step = (name: string, requests: number) => ({
    step: name,
    requests,
    failures: 0,
    statusCodes: {},
    errors: {},
    bytesSent: 0,
    bytesReceived: 0,
    latency: latency(10),
  });
  return ZRunSummary.parse({
    durationSeconds: 30,
    requests: 30_000,
    failures: 0,
    iterations: 15_000,
    rps: 1000,
    latency: latency(10),
    latencyCorrected: latency(10),
    steps: [step("get token", tokenRequests), step("activity", 15_000)],
    ...rest,
  });
}

const tokenSpec = ZScenarioSpec.parse({
  flows: [
    {
      name: "main",
      steps: [
        {
          type: "http",
          name: "get token",
          url: "http://127.0.0.1:1/token",
          outputs: [{ name: "access_token", source: "body-json", expression: "access_token" }],
        },
        { type: "http", name: "activity", url: "http://127.0.0.1:1/a" },
      ],
    },
  ],
});

describe("insightsFor", () => {
  it("a token step on every iteration, with its rate and peak per second", () => {
    const out = insightsFor({
      load: ZLoadConfig.parse({ vus: 50, durationSeconds: 30 }),
      spec: tokenSpec,
      summary: summary({ tokenRequests: 15_000 }),
      stepSeconds: [
        { second: 0, step: "get token", requests: 480 },
        { second: 1, step: "get token", requests: 620 },
        { second: 1, step: "activity", requests: 900 },
      ],
    });
    expect(out.map((i) => i.id)).toEqual(["token_every_iteration"]);
    expect(out[0]!.message).toMatch(
      /^the token step "get token" ran on every iteration: 15,000 token requests, 500\/s, peak 620\/s\. /,
    );
    expect(out[0]!.message).toContain("token provider");
  });

  it("no token insight when the token step ran far less often than iterations", () => {
    expect(insightsFor({ load: null, spec: tokenSpec, summary: summary({ tokenRequests: 50 }) })).toEqual([]);
  });

  it("corrected p99 far above raw (in VU mode), generator-bound and dropped iterations", () => {
    const out = insightsFor({
      load: ZLoadConfig.parse({ mode: "rate", targetRate: 100, durationSeconds: 30, maxVus: 20 }),
      summary: summary({
        latencyCorrected: latency(900),
        generatorBound: true,
        droppedIterations: 500,
        iterations: 2_500,
      }),
    });
    expect(out.map((i) => i.id)).toEqual(["corrected_p99", "generator_bound", "dropped_iterations"]);
    expect(out[0]!.message).toMatch(/^corrected p99 900 ms is more than 2× the raw p99 10\.00 ms/);
    expect(out[2]!.message).toBe(
      "500 iterations (16.7% of those due) were dropped (all 20 max VUs were busy): raise max VUs to reach the target rate",
    );
    const vu = insightsFor({
      load: ZLoadConfig.parse({ vus: 5, durationSeconds: 30 }),
      summary: summary({ latencyCorrected: latency(900) }),
    });
    expect(vu[0]!.message).toMatch(/VU mode waits for each answer, which hid the stall\)$/);
  });
});

describe("loadInsights", () => {
  it("a step ramp that tops out below Max VUs: 10 VUs, +10% per 10 s, 30 s reaches 3", () => {
    const load = ZLoadConfig.parse({
      vus: 10,
      durationSeconds: 30,
      startPercent: 10,
      incrementPercent: 10,
      stepDurationSeconds: 10,
    });
    expect(loadInsights(load)).toEqual([
      {
        id: "ramp_never_reaches_max",
        severity: "warning",
        message:
          "the ramp (start 10%, +10% every 10 s) reaches only 3 of 10 max VUs within the 30 s duration: lengthen the run, or start higher or step faster",
      },
    ]);
    expect(loadInsights({ ...load, durationSeconds: 91 })).toEqual([]);
    expect(loadInsights(ZLoadConfig.parse({ vus: 10, durationSeconds: 30, rampUpSeconds: 30 }))).toEqual([]);
  });
});

describe("tokenMarginInsights", () => {
  const withProvider = (lifetime: object, refreshMarginSeconds?: number) =>
    ZScenarioSpec.parse({
      tokenProvider: { request: { url: "http://127.0.0.1:1/token" }, lifetime, refreshMarginSeconds },
      flows: [{ name: "f", steps: [{ type: "http", name: "a", url: "http://127.0.0.1:1/a" }] }],
    });

  it("a margin not shorter than a fixed lifetime refreshes at half of it", () => {
    expect(tokenMarginInsights(withProvider({ type: "fixed", seconds: 30 }))[0]!.message).toBe(
      "the token provider's refresh margin (60 s) is not shorter than the token's life (30 s), so it refreshes at half the lifetime (every 15 s): set a margin below 30 s",
    );
    expect(tokenMarginInsights(withProvider({ type: "fixed", seconds: 7200 }))).toEqual([]);
  });

  it("a lifetime from the answers counts once observed", () => {
    const spec = withProvider({ type: "field", expression: "expires_in" }, 90);
    expect(tokenMarginInsights(spec)).toEqual([]);
    expect(tokenMarginInsights(spec, 60)[0]!.id).toBe("token_refresh_margin");
  });
});
