import { ZLoadConfig, ZScenarioSpec, type TScenarioSpecInput, type TShardFrame } from "@stampede/contracts";
import { afterEach, describe, expect, it } from "vitest";
import { mergeEncodedHistograms } from "@stampede/metrics";
import { runLoad } from "./run-load";
import { type CountingServer, startCountingServer } from "./test-support/counting-server";

let server: CountingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function spec(input: TScenarioSpecInput) {
  return ZScenarioSpec.parse(input);
}

async function run(scenario: TScenarioSpecInput, vus: number, durationSeconds: number, signal?: AbortSignal) {
  const frames: TShardFrame[] = [];
  const summary = await runLoad({
    plan: { scenario: spec(scenario), load: ZLoadConfig.parse({ vus, durationSeconds }) },
    sink: { frame: (f) => frames.push(f) },
    signal,
  });
  return { frames, summary };
}

describe("runLoad", () => {
  it("counts every request exactly once: frames add up to the summary and to what the server served", async () => {
    server = await startCountingServer((_req, res) => res.end("ok"));
    const { frames, summary } = await run(
      { flows: [{ name: "f", steps: [{ type: "http", name: "hello", url: `${server.url}/hello` }] }] },
      4,
      2,
    );
    const fromFrames = frames.flatMap((f) => f.steps).reduce((n, s) => n + s.requests, 0);
    expect(summary.requests).toBeGreaterThan(50);
    expect(fromFrames).toBe(summary.requests);
    expect(server.served()).toBe(summary.requests);
    expect(summary.steps[0]!.statusCodes["200"]).toBe(summary.requests);
    expect(summary.failures).toBe(0);
    // Frames are one per second, in order, with no gaps.
    expect(frames.map((f) => f.second)).toEqual(frames.map((_, i) => i));
    const merged = mergeEncodedHistograms(frames.flatMap((f) => f.steps.map((s) => s.histogram)));
    expect(merged.totalCount).toBe(summary.requests);
  });

  it("chains an output parameter into the next request and counts HTTP errors by kind", async () => {
    const seen: string[] = [];
    server = await startCountingServer((req, res, body) => {
      if (req.url === "/token") {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ access_token: "tok-123", expires_in: 7200 }));
      } else if (req.url === "/activity") {
        seen.push(JSON.parse(body).input_token);
        res.statusCode = 201;
        res.end("{}");
      } else {
        res.statusCode = 503;
        res.end();
      }
    });
    const { summary } = await run(
      {
        flows: [
          {
            name: "f",
            steps: [
              {
                type: "http",
                name: "token",
                url: `${server.url}/token`,
                outputs: [{ name: "access_token", source: "body-json", expression: "access_token" }],
              },
              {
                type: "http",
                name: "activity",
                method: "POST",
                url: `${server.url}/activity`,
                body: { type: "json", json: '{"input_token":"${access_token}"}' },
              },
              { type: "http", name: "broken", url: `${server.url}/down` },
            ],
          },
        ],
      },
      2,
      1,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(["tok-123"]));
    const byName = Object.fromEntries(summary.steps.map((s) => [s.step, s]));
    expect(byName.activity!.statusCodes["201"]).toBe(byName.activity!.requests);
    expect(byName.broken!.errors.http_5xx).toBe(byName.broken!.requests);
    expect(summary.failures).toBe(byName.broken!.requests);
  });

  it("reports connection failures as connect errors", async () => {
    server = await startCountingServer((_req, res) => res.end());
    const deadUrl = server.url;
    await server.close();
    server = undefined;
    const { summary } = await run(
      { flows: [{ name: "f", steps: [{ type: "http", name: "dead", url: deadUrl }] }] },
      1,
      1,
    );
    expect(summary.requests).toBeGreaterThan(0);
    expect(summary.steps[0]!.errors.connect).toBe(summary.requests);
  });

  it("on a stop, counts the answers in flight: the target served what the summary reports", async () => {
    server = await startCountingServer((_req, res) => setTimeout(() => res.end("slow"), 300));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1000);
    const { summary } = await run(
      { flows: [{ name: "f", steps: [{ type: "http", name: "slow", url: server.url }] }] },
      5,
      30,
      controller.signal,
    );
    expect(summary.requests).toBeGreaterThanOrEqual(5);
    expect(server.served()).toBe(summary.requests);
    expect(summary.failures).toBe(0);
  });

  it("after a stop's grace, cancels what is still in flight and counts it as aborted", async () => {
    server = await startCountingServer(() => {
      /* never answers */
    });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 300);
    const { summary } = await run(
      { flows: [{ name: "f", steps: [{ type: "http", name: "hang", url: server.url, timeoutMs: 60_000 }] }] },
      3,
      30,
      controller.signal,
    );
    // The grace is 2 s; wide bounds, the machine may be busy.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(summary.requests).toBe(3);
    expect(summary.steps[0]!.errors).toEqual({ aborted: 3 });
    expect(server.served()).toBe(0);
  });
});
