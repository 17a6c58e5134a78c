import { type TRequestSample, ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { Client } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { runLoad } from "../run-load";
import { type CountingServer, startCountingServer } from "../test-support/counting-server";
import { systemClock } from "../types";
import { splitUrl } from "./build-request";
import { send, type WireRequest } from "./send";
import { WarmConnector } from "./warm-connector";

let server: CountingServer | undefined;
let client: Client | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  server = client = undefined;
});

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Answers after 60 ms, and sends its body in two parts 40 ms apart. */
async function slowServer() {
  return startCountingServer(async (_req, res) => {
    await later(60);
    res.writeHead(200, { "content-type": "text/plain" });
    res.write("first half ");
    await later(40);
    res.end("second half");
  });
}

function get(url: string): WireRequest {
  const parts = splitUrl(url)!;
  return {
    url: parts,
    origin: parts.origin,
    path: parts.path,
    method: "GET",
    headers: [],
    body: undefined,
    headersTimeout: 5000,
    bodyTimeout: 5000,
    keepBody: true,
    size: undefined,
  };
}

describe("timing phases of a request", () => {
  it("splits a request on a new connection into connect, send, wait (TTFB) and receive, adding up to its latency", async () => {
    server = await slowServer();
    client = new Client(server.url, { pipelining: 1, connect: new WarmConnector(systemClock).connect });
    const res = await send(client, get(`${server.url}/slow`));
    const t = res.timings!();
    expect(res.status).toBe(200);
    expect(t!.reused).toBe(false);
    expect(t!.dns).toBe(0); // an IP address: nothing to look up
    expect(t!.connect).toBeGreaterThan(0);
    expect(t!.tls).toBe(0);
    // Wide bounds: the machine may be busy, but the server's own waits are floors — 60 ms before its first byte,
    // 100 ms before its last. Not the 40 ms between its two parts alone: a client busy when the first part came
    // reads it late, which moves time from receive to wait.
    expect(t!.wait).toBeGreaterThanOrEqual(55);
    expect(t!.wait + t!.receive).toBeGreaterThanOrEqual(95);
    const sum = t!.blocked + t!.dns + t!.connect + t!.tls + t!.send + t!.wait + t!.receive;
    expect(Math.abs(sum - res.latencyUs / 1000)).toBeLessThan(0.05);
  });

  it("reports a kept-alive connection as reused: no DNS, connect or TLS time", async () => {
    server = await slowServer();
    client = new Client(server.url, { pipelining: 1, connect: new WarmConnector(systemClock).connect });
    await send(client, get(`${server.url}/first`));
    const second = (await send(client, get(`${server.url}/second`))).timings!()!;
    expect(second).toMatchObject({ reused: true, dns: 0, connect: 0, tls: 0 });
    expect(second.wait).toBeGreaterThanOrEqual(55);
  });

  it("has no timings for a request that never got a connection", async () => {
    server = await slowServer();
    const url = server.url;
    await server.close();
    server = undefined;
    client = new Client(url, { pipelining: 1, connect: new WarmConnector(systemClock).connect });
    const res = await send(client, get(`${url}/gone`));
    expect(res.error).toBeDefined();
    expect(res.timings!()).toBeUndefined();
  });

  it("puts the phases in the sampled request log", async () => {
    server = await slowServer();
    const samples: TRequestSample[] = [];
    await runLoad({
      plan: {
        scenario: ZScenarioSpec.parse({
          flows: [{ name: "f", steps: [{ type: "http", name: "slow", url: `${server.url}/slow` }] }],
        }),
        load: ZLoadConfig.parse({ vus: 1, durationSeconds: 1 }),
      },
      sink: { frame() {}, sample: (s) => samples.push(s) },
    });
    expect(samples.length).toBeGreaterThan(0);
    expect(samples[0]!.timings?.wait).toBeGreaterThanOrEqual(55);
    expect(samples[0]!.timings?.receive).toBeGreaterThanOrEqual(35);
  });
});
