import type { TRequestSample } from "@stampede/contracts";
import { ZLoadConfig, ZScenarioSpec, type TScenarioSpecInput } from "@stampede/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad } from "./run-load";
import { type CountingServer, startCountingServer } from "./test-support/counting-server";

let server: CountingServer;
beforeAll(async () => {
  server = await startCountingServer((_req, res) => res.end("ok"));
});
afterAll(() => server.close());

/** Runs `iterations` iterations on 2 VUs, keeping the sampled log. */
async function run(spec: TScenarioSpecInput, data: Record<string, string> = {}, iterations = 40) {
  const samples: TRequestSample[] = [];
  const before = server.served();
  const summary = await runLoad({
    plan: {
      scenario: ZScenarioSpec.parse(spec),
      load: ZLoadConfig.parse({ vus: 2, durationSeconds: 20, iterations }) as never,
      data,
    },
    sink: { frame: () => undefined, sample: (s) => samples.push(s) },
  });
  const step = (name: string) => summary.steps.find((s) => s.step === name);
  return { summary, step, samples, served: server.served() - before };
}

const get = (name: string, url: string, extra: object = {}) => ({ type: "http" as const, name, url, ...extra });

describe("a request that cannot be built is not sent and not counted as sent", () => {
  it("a CSV value with a space put into the URL: the target gets nothing, the step counts invalid_request", async () => {
    const { summary, step, samples, served } = await run(
      {
        dataSources: [{ name: "users.csv" }],
        flows: [
          {
            name: "f",
            steps: [get("lookup", `${server.url}/users/\${name}`), get("after", `${server.url}/after`)],
          },
        ],
      },
      { "users.csv": "name\nJohn Smith\nAda Lovelace\n" },
    );
    expect(served).toBe(0);
    expect(summary.requests).toBe(0);
    expect(summary.failures).toBe(0);
    expect(summary.iterations).toBe(0); // none completed
    expect(step("lookup")).toMatchObject({ requests: 0, failures: 0, errors: { invalid_request: 40 } });
    expect(step("lookup")!.latency.max).toBe(0);
    expect(step("after")).toBeUndefined(); // the rest of each iteration was skipped
    expect(samples[0]).toMatchObject({ step: "lookup", kind: "failure", latencyMs: 0 });
    expect(samples[0]!.error).toMatch(/^invalid_request: rendered URL is not valid: it contains a space at character/);
    expect(samples[0]!.error).toContain("/users/John Smith");
  });

  it("steps before the one that cannot be built are sent and counted; the iteration is not", async () => {
    const { summary, step, samples, served } = await run(
      {
        dataSources: [{ name: "v.csv" }],
        flows: [
          {
            name: "f",
            steps: [
              get("ok", `${server.url}/ok`),
              get("header", `${server.url}/h`, { headers: [{ name: "X-Val", value: "${v}" }] }),
            ],
          },
        ],
      },
      { "v.csv": 'v\n"ctl\u0001here"\n' },
      5,
    );
    expect(served).toBe(5);
    expect(summary.requests).toBe(5);
    expect(step("ok")!.requests).toBe(5);
    expect(step("header")).toMatchObject({ requests: 0, failures: 0, errors: { invalid_request: 5 } });
    expect(summary.iterations).toBe(0);
    const failure = samples.find((s) => s.kind === "failure");
    expect(failure!.error).toBe('invalid_request: header "X-Val" contains a control character (U+0001)');
  });

  it.each([
    ["a header with CR/LF", { headers: [{ name: "X-Evil", value: "${evil}" }] }, 'header "X-Evil" contains CR/LF'],
    ["a header with a NUL", { headers: [{ name: "X-Nul", value: "a\u0000b" }] }, 'header "X-Nul" contains a NUL byte'],
    [
      "a body template whose function refuses its arguments",
      { method: "POST", body: { type: "raw", text: "${__random(5,1)}" } },
      "a template function failed: __random(min, max) needs integers with min <= max",
    ],
    [
      "a URL that is not http(s)",
      { url: "${base}/x" },
      'rendered URL is not valid: "ftp://example/x" is not an absolute http(s) URL',
    ],
    [
      "what only undici checks: a Content-Length that is not a number",
      { headers: [{ name: "Content-Length", value: "abc" }] },
      "refused before sending: invalid content-length header (UND_ERR_INVALID_ARG)",
    ],
    ["a host with a space", { url: "http://${host}/x" }, "rendered URL is not valid: its host part"],
  ])("%s: nothing is sent, the sample says why", async (_what, extra, reason) => {
    const { summary, step, samples, served } = await run(
      {
        globals: [
          { name: "evil", value: "a\r\nX-Injected: 1" },
          { name: "base", value: "ftp://example" },
          { name: "host", value: "exa mple" },
        ],
        flows: [{ name: "f", steps: [get("bad", `${server.url}/x`, extra)] }],
      },
      {},
      3,
    );
    expect(served).toBe(0);
    expect(summary.requests).toBe(0);
    expect(step("bad")).toMatchObject({ requests: 0, failures: 0, errors: { invalid_request: 3 } });
    expect(samples[0]!.error).toContain(`invalid_request: ${reason}`);
  });
});
