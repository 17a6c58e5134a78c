import { afterEach, describe, expect, it } from "vitest";
import { type CountingServer, startCountingServer } from "./test-support/counting-server";
import { runScenario } from "./test-support/run-scenario";

let server: CountingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("checkpoints, instructions and cookies", () => {
  it("counts a request that fails a checkpoint as a business failure, and passing ones as checks passed", async () => {
    let n = 0;
    server = await startCountingServer((_req, res) => {
      n++;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ code: n % 2 === 0 ? 0 : 500, name: "stampede" }));
    });
    const { step } = await runScenario(
      {
        flows: [
          {
            name: "f",
            steps: [
              {
                type: "http",
                name: "api",
                url: server.url,
                checks: [
                  { source: "body-json", expression: "$.code", operator: "eq", value: "0" },
                  { source: "status", operator: "lt", value: "300" },
                  { source: "body-text", operator: "contains", value: "stampede" },
                ],
              },
            ],
          },
        ],
      },
      { vus: 1, durationSeconds: 1 },
    );
    const s = step("api")!;
    expect(s.requests).toBeGreaterThan(10);
    expect(s.errors.checkpoint_failed).toBe(Math.ceil(s.requests / 2));
    expect(s.failures).toBe(s.errors.checkpoint_failed);
    expect(s.checksFailed).toBe(s.errors.checkpoint_failed);
    expect(s.checksPassed).toBe(s.requests * 3 - s.checksFailed!);
  });

  it("thinks between requests, sets parameters with a data instruction, and keeps cookies per VU", async () => {
    const seen: Array<{ sig?: string; cookie?: string }> = [];
    server = await startCountingServer((req, res) => {
      if (req.url === "/login") {
        res.setHeader("set-cookie", "session=s-1; Path=/");
        return res.end();
      }
      seen.push({ sig: req.headers["x-sig"] as string, cookie: req.headers.cookie });
      res.end();
    });
    const started = Date.now();
    const { summary } = await runScenario(
      {
        globals: [{ name: "user", value: "alice" }],
        flows: [
          {
            name: "f",
            steps: [
              { type: "http", name: "login", url: `${server.url}/login` },
              { type: "data", assignments: [{ name: "sig", value: "${__md5(${user})}" }] },
              { type: "think", ms: 200 },
              { type: "http", name: "api", url: `${server.url}/api`, headers: [{ name: "x-sig", value: "${sig}" }] },
            ],
          },
        ],
      },
      { vus: 2, durationSeconds: 1 },
    );
    // 2 VUs × ~5 iterations of 200 ms think time in 1 s: think time bounds the rate.
    expect(summary.iterations).toBeGreaterThanOrEqual(6);
    expect(summary.iterations).toBeLessThanOrEqual(12);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(new Set(seen.map((s) => s.sig))).toEqual(new Set(["6384e2b2184bcbf58eccf10ca7a6563c"]));
    expect(new Set(seen.map((s) => s.cookie))).toEqual(new Set(["session=s-1"]));
  });

  it("releases a rendezvous when enough VUs have arrived", async () => {
    const arrivals: number[] = [];
    server = await startCountingServer((_req, res) => {
      arrivals.push(Date.now());
      res.end();
    });
    await runScenario(
      {
        flows: [
          {
            name: "f",
            steps: [
              { type: "think", distribution: "uniform", ms: 0, maxMs: 300 },
              { type: "rendezvous", name: "burst", users: 4, timeoutMs: 5000 },
              { type: "http", name: "api", url: server.url },
              { type: "think", ms: 5000 },
            ],
          },
        ],
      },
      { vus: 4, durationSeconds: 1 },
    );
    // The four VUs arrive at random moments over 300 ms but fire together.
    expect(arrivals).toHaveLength(4);
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(100);
  });

  it("renders globals once, but never freezes one that an output, a data instruction or a CSV column sets", async () => {
    const seen: string[] = [];
    server = await startCountingServer((req, res) => {
      if (req.url === "/login") return res.end(JSON.stringify({ token: "from-output" }));
      seen.push(req.url!);
      res.end();
    });
    await runScenario(
      {
        globals: [
          { name: "base", value: server.url },
          { name: "app", value: "wx1" },
          { name: "token", value: "global-token" },
          { name: "stage", value: "global-stage" },
          { name: "user", value: "global-user" },
        ],
        dataSources: [{ name: "users.csv" }],
        flows: [
          {
            name: "f",
            steps: [
              {
                type: "http",
                name: "login",
                url: "${base}/login",
                outputs: [{ name: "token", source: "body-json", expression: "token" }],
              },
              { type: "data", assignments: [{ name: "stage", value: "from-data" }] },
              {
                type: "http",
                name: "api",
                url: "${base}/api",
                query: [
                  { name: "app", value: "${app}" },
                  { name: "t", value: "${token}" },
                  { name: "s", value: "${stage}" },
                  { name: "u", value: "${user}" },
                ],
              },
            ],
          },
        ],
      },
      { vus: 1, durationSeconds: 1, iterations: 2 },
      { data: { "users.csv": "user\nu1\nu2\n" } },
    );
    expect(seen).toEqual([
      "/api?app=wx1&t=from-output&s=from-data&u=u1",
      "/api?app=wx1&t=from-output&s=from-data&u=u2",
    ]);
  });
});
