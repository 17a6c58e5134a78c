import { type TDebugHttpStep, type TScenarioSpecInput, ZDebugResult, ZScenarioSpec } from "@stampede/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CountingServer, startCountingServer } from "../test-support/counting-server";
import { debugIteration } from "./debug-iteration";

let server: CountingServer;
let tokenBody = '{"access_token":"tok-123","expires_in":7200}';
let issued = 0;
beforeAll(async () => {
  server = await startCountingServer((req, res, body) => {
    res.setHeader("content-type", "application/json");
    if (req.url?.startsWith("/token")) return res.end(tokenBody);
    if (req.url === "/hang") return; // never answers
    if (req.url === "/big") return res.end("x".repeat(100_000));
    if (req.url === "/seq-token") return res.end(JSON.stringify({ access_token: `seq-${++issued}`, expires_in: 60 }));
    if (req.url === "/guarded" && req.headers.authorization === "Bearer seq-1") {
      res.statusCode = 401;
      return res.end('{"errcode":40001}');
    }
    res.end(JSON.stringify({ errcode: req.url === "/bad" ? 1 : 0, echo: body, auth: req.headers.authorization ?? "" }));
  });
});
afterAll(() => server.close());

async function debug(spec: TScenarioSpecInput, options: Parameters<typeof debugIteration>[1] = {}, data = {}) {
  const result = await debugIteration({ spec: ZScenarioSpec.parse(spec), data }, options);
  return ZDebugResult.parse(result); // the contract the console reads
}
const http = (step: unknown) => step as TDebugHttpStep;

const tokenStep = () => ({
  type: "http" as const,
  name: "get token",
  url: `${server.url}/token?appid=\${appid}`,
  outputs: [{ name: "access_token", source: "body-json" as const, expression: "access_token" }],
});
const activity = (path = "/activity") => ({
  type: "http" as const,
  name: "activity",
  method: "POST" as const,
  url: `${server.url}${path}`,
  body: { type: "json" as const, json: '{"input_token":"${access_token}"}' },
});

describe("debugIteration", () => {
  it("shows every request in full except the values of marked secrets", async () => {
    const result = await debug({
      globals: [{ name: "appid", value: "marked-appid-value", secret: true }],
      flows: [
        {
          name: "f",
          steps: [
            {
              ...activity(),
              headers: [{ name: "Authorization", value: "Bearer marked-header-value", secret: true }],
              body: { type: "json" as const, json: '{"appid":"${appid}"}' },
            },
          ],
        },
      ],
    });
    expect(result.outcome).toBe("passed");
    const text = JSON.stringify(result);
    expect(text).not.toContain("marked-appid-value");
    expect(text).not.toContain("marked-header-value");
    expect(http(result.steps[0]).request!.body).toBe('{"appid":"••••"}');
  });

  it("runs one iteration for real: the token step's output flows into the next request", async () => {
    tokenBody = '{"access_token":"tok-123","expires_in":7200}';
    const result = await debug({
      globals: [{ name: "appid", value: "wx1" }],
      flows: [{ name: "f", steps: [tokenStep(), activity()] }],
    });
    expect(result.outcome).toBe("passed");
    const [token, act] = result.steps.map(http);
    expect(token!.request!.url).toBe(`${server.url}/token?appid=wx1`);
    expect(token!.params).toEqual({ appid: "wx1" });
    expect(token!.response!.status).toBe(200);
    expect(token!.outputs[0]).toMatchObject({ name: "access_token", value: "tok-123" });
    expect(act!.params).toEqual({ access_token: "tok-123" });
    expect(act!.request!.body).toBe('{"input_token":"tok-123"}');
    expect(act!.request!.headers).toContainEqual(["content-type", "application/json"]);
    expect(JSON.parse(act!.response!.body).echo).toBe('{"input_token":"tok-123"}');
    expect(result.params.access_token).toBe("tok-123");
  });

  it("explains an empty extraction with the expression and what the body held, and sends the reference as written", async () => {
    tokenBody = '{"errcode":40013,"errmsg":"invalid appid"}';
    const result = await debug({ flows: [{ name: "f", steps: [tokenStep(), activity()] }] });
    const [token, act] = result.steps.map(http);
    expect(token!.status).toBe("failed");
    expect(token!.errorKind).toBe("extraction_failed");
    expect(token!.outputs[0]!.value).toBeUndefined();
    expect(token!.outputs[0]!.explanation).toBe(
      'JSONPath $.access_token matched nothing; the body was {"errcode":40013,"errmsg":"invalid appid"}',
    );
    expect(act!.missingParams).toEqual(["access_token"]);
    expect(act!.request!.body).toBe('{"input_token":"${access_token}"}');
    expect(act!.note).toContain("${access_token}");
    expect(result.outcome).toBe("failed");
  });

  it("reports each checkpoint with what was found when it failed", async () => {
    const result = await debug({
      flows: [
        {
          name: "f",
          steps: [
            {
              ...activity("/bad"),
              checks: [
                { source: "status", operator: "eq", value: "200" },
                { source: "body-json", expression: "errcode", operator: "eq", value: "0" },
              ],
            },
          ],
        },
      ],
    });
    const step = http(result.steps[0]);
    expect(step.checks).toEqual([
      { description: 'status eq "200"', passed: true, message: "passed" },
      { description: 'body-json errcode eq "0"', passed: false, message: 'body-json errcode eq "0": found "1"' },
    ]);
    expect(step.status).toBe("failed");
    expect(step.errorKind).toBe("checkpoint_failed");
  });

  it("fetches the token provider's token once, as a step of its own, and sends it", async () => {
    tokenBody = '{"access_token":"prov-9","expires_in":60}';
    const authed = { ...activity(), headers: [{ name: "Authorization", value: "Bearer ${access_token}" }] };
    const result = await debug({
      tokenProvider: { request: { url: `${server.url}/token` } },
      flows: [{ name: "f", steps: [authed, { ...authed, name: "again" }] }],
    });
    expect(result.steps.map((s) => [s.kind, s.name])).toEqual([
      ["token", "token provider"],
      ["http", "activity"],
      ["http", "again"],
    ]);
    const token = http(result.steps[0]);
    expect(token.outputs[0]!.value).toBe("prov-9");
    expect(token.note).toContain("60 s");
    expect(JSON.parse(http(result.steps[2]).response!.body).auth).toBe("Bearer prov-9");
  });

  it("stops at the first step whose request cannot be built, saying why; instructions say what they did", async () => {
    const result = await debug({
      flows: [
        {
          name: "f",
          steps: [
            { type: "data", assignments: [{ name: "n", value: "${__random(3,3)}" }] },
            { type: "think", ms: 5000 },
            { type: "rendezvous", name: "together", users: 10 },
            { ...activity(), name: "broken", headers: [{ name: "x-n", value: "${__random(5,1)}" }] },
            activity(),
          ],
        },
      ],
    });
    expect(result.outcome).toBe("error");
    const [data, think, rendezvous, broken, after] = result.steps;
    expect(data).toMatchObject({ kind: "data", assignments: [{ name: "n", value: "3" }] });
    expect(think).toMatchObject({ kind: "think", plannedMs: 5000 });
    expect((think as { waitedMs: number }).waitedMs).toBeLessThan(1500);
    expect(rendezvous!.note).toContain("does not wait");
    expect(broken).toMatchObject({ status: "error", errorKind: "invalid_request" });
    expect(broken!.note).toContain("__random(min, max) needs integers with min <= max");
    expect(http(broken).request).toBeUndefined();
    expect(after).toMatchObject({ status: "skipped" });
    expect(result.error).toContain("could not be built");
  });

  it("reads one row of each data source; a missing file is the outcome's error", async () => {
    const spec = {
      dataSources: [{ name: "token.csv" }],
      flows: [{ name: "f", steps: [{ ...activity(), body: { type: "json" as const, json: '{"t":"${token}"}' } }] }],
    };
    const ok = await debug(spec, {}, { "token.csv": "token\nrow-1\nrow-2\n" });
    expect(ok.data).toEqual({ token: "row-1" });
    expect(http(ok.steps[0]).request!.body).toBe('{"t":"row-1"}');
    const missing = await debug(spec);
    expect(missing.outcome).toBe("error");
    expect(missing.error).toContain('data source "token.csv" has no file');
    expect(missing.steps[0]!.status).toBe("skipped");
  });

  it("cuts a large response body at 64 KB and says so", async () => {
    const result = await debug({
      flows: [{ name: "f", steps: [{ ...activity("/big"), method: "GET", body: { type: "none" } }] }],
    });
    const response = http(result.steps[0]).response!;
    expect(response).toMatchObject({ bodyBytes: 100_000, bodyTruncated: true });
    expect(response.body).toHaveLength(64 * 1024);
  });

  it("reports a transport error, and ends at its deadline when the target never answers", async () => {
    const refused = await debug({ flows: [{ name: "f", steps: [{ ...activity(), url: "http://127.0.0.1:1/x" }] }] });
    expect(http(refused.steps[0]).transportError?.kind).toBe("connect");
    expect(refused.outcome).toBe("failed");

    const started = Date.now();
    const hung = await debug(
      { flows: [{ name: "f", steps: [activity("/hang"), { ...activity(), name: "after" }] }] },
      { timeoutMs: 300 },
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(hung.outcome).toBe("aborted");
    expect(hung.error).toContain("did not finish within 0.3 s");
    expect(hung.steps[0]).toMatchObject({
      status: "failed",
      note: "aborted: the debugged iteration did not finish within 0.3 s",
    });
    expect(http(hung.steps[0]).errorKind).toBeUndefined(); // a cancelled request is not a measurement
    expect(http(hung.steps[0]).transportError?.kind).toBe("aborted");
    expect(hung.steps[1]!.status).toBe("skipped");
  });

  it("runs the run's own token retry: a rejected token is refreshed once and the request sent again", async () => {
    issued = 0;
    const guarded = {
      type: "http" as const,
      name: "guarded",
      url: `${server.url}/guarded`,
      headers: [{ name: "Authorization", value: "Bearer ${access_token}" }],
      outputs: [{ name: "code", source: "body-json" as const, expression: "errcode" }],
    };
    const result = await debug({
      tokenProvider: { request: { url: `${server.url}/seq-token` } },
      flows: [{ name: "f", steps: [{ type: "think", ms: 5, enabled: false }, guarded] }],
    });
    expect(result.steps.map((s) => [s.kind, s.status])).toEqual([
      ["think", "skipped"],
      ["token", "passed"],
      ["http", "failed"],
      ["token", "passed"],
      ["http", "passed"],
    ]);
    const [, first, rejected, second, retry] = result.steps.map(http);
    expect(first!.outputs[0]!.value).toBe("seq-1");
    expect(rejected).toMatchObject({ index: 1, errorKind: "auth", response: { status: 401 } });
    expect(rejected!.note).toContain("rejected the token provider's token");
    expect(rejected!.outputs[0]!.explanation).toContain("not evaluated");
    expect(second!.outputs[0]!.value).toBe("seq-2");
    expect(retry).toMatchObject({ index: 1, params: { access_token: "seq-2" }, errorKind: undefined });
    expect(retry!.outputs[0]).toMatchObject({ name: "code", value: "0" });
    expect(result.outcome).toBe("failed"); // a run counts the rejected request as an auth failure
  });

  it("does not send a request a run could not send: a CSV value with a space in the URL", async () => {
    const before = server.served();
    const result = await debug(
      {
        dataSources: [{ name: "users.csv" }],
        flows: [{ name: "f", steps: [{ ...activity("/users/${name}"), name: "lookup", method: "GET" }, activity()] }],
      },
      {},
      { "users.csv": "name\nJohn Smith\n" },
    );
    expect(server.served()).toBe(before);
    expect(result.outcome).toBe("error");
    const [bad, after] = result.steps.map(http);
    expect(bad).toMatchObject({ status: "error", errorKind: "invalid_request", params: { name: "John Smith" } });
    expect(bad!.request).toBeUndefined();
    expect(bad!.note).toContain("rendered URL is not valid: it contains a space");
    expect(after!.status).toBe("skipped");
    expect(result.error).toBe(bad!.note);
  });
});
