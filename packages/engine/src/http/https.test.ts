import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TRequestSample, ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { runLoad } from "../run-load";
import { runScenario } from "../test-support/run-scenario";

// HTTPS goes through the same per-VU connections as plain HTTP, with the TLS connector behind them. The
// server's certificate is self-signed for 127.0.0.1 and made here; the run trusts it through Node's own
// NODE_TLS_REJECT_UNAUTHORIZED, set only while this file's runs go.
let server: Server;
let served = 0;
const posted: string[] = [];
let dir: string;
const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "stampede-tls-"));
  const [key, cert] = [join(dir, "key.pem"), join(dir, "cert.pem")];
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"],
      ...["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert],
    ],
    { stdio: "ignore" },
  );
  server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (chunk: Buffer) => parts.push(chunk));
    req.on("end", () => {
      served++;
      if (req.method === "POST") posted.push(Buffer.concat(parts).toString("utf8"));
      res.setHeader("content-type", "application/json");
      res.end('{"token":"t-1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
});

afterAll(async () => {
  if (previous === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe("HTTPS", () => {
  it("runs VUs over TLS on their own connections, extracting outputs, counting what the server served", async () => {
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
    served = 0;
    const { summary, step } = await runScenario(
      {
        flows: [
          {
            name: "f",
            steps: [
              {
                type: "http",
                name: "tls",
                url,
                outputs: [{ name: "token", source: "body-json", expression: "token" }],
                checks: [{ source: "output", expression: "token", operator: "eq", value: "t-1" }],
              },
            ],
          },
        ],
      },
      { vus: 3, durationSeconds: 1 },
    );
    expect(step("tls")!.requests).toBeGreaterThan(10);
    expect(step("tls")!.errors).toEqual({});
    expect(step("tls")!.failures).toBe(0);
    expect(summary.requests).toBe(served);
  });

  it("sends JSON bodies over TLS exactly as rendered", async () => {
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/order`;
    posted.length = 0;
    const json = '{"city":"北京","n":${__random(1,9)}}';
    const { summary } = await runScenario(
      {
        flows: [
          { name: "f", steps: [{ type: "http", name: "order", method: "POST", url, body: { type: "json", json } }] },
        ],
      },
      { vus: 2, durationSeconds: 30, iterations: 6 },
    );
    expect(summary.failures).toBe(0);
    expect(posted).toHaveLength(6);
    for (const body of posted) expect(body).toMatch(/^\{"city":"北京","n":[1-9]\}$/);
  });

  it("reports the TLS handshake of a new connection in the first sampled request's timing phases", async () => {
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
    const samples: TRequestSample[] = [];
    await runLoad({
      plan: {
        scenario: ZScenarioSpec.parse({ flows: [{ name: "f", steps: [{ type: "http", name: "tls", url }] }] }),
        load: ZLoadConfig.parse({ vus: 1, durationSeconds: 1 }),
      },
      sink: { frame() {}, sample: (s) => samples.push(s) },
    });
    // The first success of a step is always sampled: the VU's first request, on a connection of its own.
    const first = samples[0]!.timings!;
    expect(first.reused).toBe(false);
    expect(first.tls).toBeGreaterThan(0);
    expect(first.connect).toBeGreaterThan(0);
  });
});
