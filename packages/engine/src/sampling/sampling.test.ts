import type { TRequestSample } from "@stampede/contracts";
import { ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { afterEach, describe, expect, it } from "vitest";
import { runLoad } from "../run-load";
import { type CountingServer, startCountingServer } from "../test-support/counting-server";
import { maskBody, maskSecretValues, maskUrl } from "./mask";
import { Sampler } from "./sampler";

let server: CountingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("masking secrets in samples", () => {
  it("masks secret-named JSON fields, form fields and query parameters, and known secret values anywhere", () => {
    expect(maskBody('{"input_token":"abcdef123456","user":"bob"}', [])).toBe(
      '{"input_token":"abcd…(12 chars masked)","user":"bob"}',
    );
    expect(maskBody("appid=wx&secret=s3cr3tvalue", [])).toBe("appid=wx&secret=s3cr…(11 chars masked)");
    expect(maskUrl("http://h/p?appid=wx&access_token=zzzzyyyyxxxx")).toBe(
      "http://h/p?appid=wx&access_token=zzzz…(12 chars masked)",
    );
    expect(maskBody("Bearer tok-1234567890 sent", ["tok-1234567890"])).toBe("Bearer tok-…(14 chars masked) sent");
  });
});

describe("masking by name and by value", () => {
  it("masks cloud and key-file names as credentials, but not names that merely contain them", () => {
    const body =
      "ak=AKID1234567&sk=SK98765432&credential=cred12345&private_key=pk123456&appkey=ak9876543&jwt=eyJhbGci0&passphrase=open-sesame&task=keep-me";
    const masked = maskBody(body, []);
    for (const value of [
      "AKID1234567",
      "SK98765432",
      "cred12345",
      "pk123456",
      "ak9876543",
      "eyJhbGci0",
      "open-sesame",
    ]) {
      expect(masked).not.toContain(value);
    }
    expect(masked).toContain("task=keep-me");
  });

  it("replaces a marked secret wherever it appears: as typed, URL-encoded and JSON-escaped", () => {
    const secret = 'p@ss w/"q"';
    const text = `url?x=${encodeURIComponent(secret)} json=${JSON.stringify({ k: secret })} raw=${secret}`;
    expect(maskSecretValues(text, [secret])).toBe('url?x=•••• json={"k":"••••"} raw=••••');
    expect(maskSecretValues("id=abc", ["abc"])).toBe("id=abc"); // too short to mask without garbling
  });
});

describe("the sampled request log", () => {
  it("never holds the value of a marked secret, whatever its name and wherever it was sent", async () => {
    server = await startCountingServer((req, res) => {
      res.statusCode = 500;
      res.end(`you sent ${req.url} with ${req.headers["x-plain"]}`);
    });
    const samples: TRequestSample[] = [];
    await runLoad({
      plan: {
        scenario: ZScenarioSpec.parse({
          globals: [
            { name: "plain", value: "marked-global-value", secret: true },
            // Also secret by its name: masked whole all the same, not "mark…(n chars masked)".
            { name: "apiSecret", value: "marked-by-name-too", secret: true },
          ],
          flows: [
            {
              name: "f",
              steps: [
                {
                  type: "http",
                  name: "echo",
                  url: `${server.url}/echo?q=\${plain}&s=\${apiSecret}`,
                  headers: [
                    { name: "X-Plain", value: "marked-header-value", secret: true },
                    { name: "X-Copy", value: "${plain}" },
                  ],
                },
              ],
            },
          ],
        }),
        load: ZLoadConfig.parse({ vus: 1, durationSeconds: 1 }),
      },
      sink: { frame() {}, sample: (s) => samples.push(s) },
    });
    expect(samples.length).toBeGreaterThan(0);
    const text = JSON.stringify(samples);
    expect(text).not.toContain("marked-global-value");
    expect(text).not.toContain("marked-header-value");
    expect(text).not.toContain("mark");
    expect(samples[0]!.request.url).toMatch(/q=••••&s=••••$/);
    expect(samples[0]!.params).toEqual({ plain: "••••", apiSecret: "••••" });
    expect(samples[0]!.response?.body).toContain("with ••••");
  });

  it("keeps failures with their response and masks the token that fed them; caps what it keeps", async () => {
    server = await startCountingServer((_req, res) => {
      res.statusCode = 401;
      res.setHeader("content-type", "application/json");
      res.end('{"errcode":40001,"errmsg":"invalid credential"}');
    });
    const samples: TRequestSample[] = [];
    const summary = await runLoad({
      plan: {
        scenario: ZScenarioSpec.parse({
          globals: [{ name: "access_token", value: "secret-token-value-42" }],
          flows: [
            {
              name: "f",
              steps: [
                {
                  type: "http",
                  name: "activity",
                  method: "POST",
                  url: `${server.url}/api/activity`,
                  headers: [{ name: "Authorization", value: "Bearer ${access_token}" }],
                  body: { type: "json", json: '{"input_token":"${access_token}","n":1}' },
                },
              ],
            },
          ],
        }),
        load: ZLoadConfig.parse({ vus: 2, durationSeconds: 1 }),
      },
      sink: { frame() {}, sample: (s) => samples.push(s) },
    });
    expect(summary.failures).toBeGreaterThan(50);
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.length).toBeLessThanOrEqual(20); // 10 per second, the run spans at most two
    const s = samples[0]!;
    expect(s.kind).toBe("failure");
    expect(s.error).toBe("auth");
    expect(s.response?.status).toBe(401);
    expect(s.response?.body).toContain("40001");
    expect(JSON.stringify(s)).not.toContain("secret-token-value-42");
    expect(s.params.access_token).toMatch(/^secr…/);
    expect(s.request.headers.find(([n]) => n === "Authorization")?.[1]).toMatch(/masked/);
  });
});

describe("Sampler", () => {
  it("keeps the first success of every step and then one in N of each, whatever order the steps come in", () => {
    const sampler = new Sampler(
      () => undefined,
      () => 0,
      { failuresPerSecond: 10, successEvery: 2, maxSamples: 100 },
    );
    // Two steps in strict alternation: a single counter over both would keep only the first step's successes.
    const kept = ["a", "b", "a", "b", "a", "b", "a", "b"].filter((step) => sampler.wants(step, false));
    expect(kept).toEqual(["a", "b", "a", "b"]);
  });
});
