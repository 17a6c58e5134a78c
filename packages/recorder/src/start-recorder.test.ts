import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { previewImport } from "@stampede/importers";
import { ProxyAgent, request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureCa } from "./ca";
import type { TRecordedExchange } from "./exchange";
import { RecorderInputError, startRecorder, type TRecorder } from "./start-recorder";
import { startHttpServer, startHttpsServer, type TTestServer } from "./test-support";

// Real servers on 127.0.0.1 and a real proxy between them and an undici client. The HTTPS client trusts only
// the recorder's CA (`ca`), so a passing HTTPS test proves the CA signs certificates clients accept.
let dir: string;
let target: TTestServer;
let other: TTestServer;
let secure: TTestServer & { cert: string };
let recorder: TRecorder;
const seen: TRecordedExchange[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "stampede-recorder-"));
  [target, other, secure] = await Promise.all([startHttpServer(), startHttpServer(), startHttpsServer(dir)]);
  recorder = await startRecorder({
    hosts: [`127.0.0.1:${target.port}`, `localhost:${secure.port}`],
    caDir: join(dir, "ca"),
    upstreamCas: [secure.cert],
    onExchange: (exchange) => seen.push(exchange),
  });
});

afterAll(async () => {
  await recorder?.stop();
  await Promise.all([target?.close(), other?.close(), secure?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

type TInit = { method?: "GET" | "POST"; body?: string; headers?: Record<string, string> };

/** One request through the recorder; HTTPS trusts only the recorder's CA. */
async function viaProxy(url: string, init: TInit = {}): Promise<{ status: number; text: string }> {
  const dispatcher = new ProxyAgent({ uri: `http://127.0.0.1:${recorder.port}`, requestTls: { ca: recorder.ca.cert } });
  try {
    const response = await request(url, { ...init, dispatcher });
    return { status: response.statusCode, text: await response.body.text() };
  } finally {
    await dispatcher.close();
  }
}

async function recordedCount(count: number): Promise<void> {
  // The response reaches the client before the proxy's response event is handled: wait for it, no sleep.
  for (let i = 0; i < 200 && recorder.exchanges().length < count; i++) await new Promise((r) => setTimeout(r, 10));
}

describe("startRecorder", () => {
  it("listens on 127.0.0.1 by default and keeps its CA key private", () => {
    expect(recorder.host).toBe("127.0.0.1");
    expect(statSync(recorder.ca.keyPath).mode & 0o777).toBe(0o600);
    expect(recorder.ca.cert).toContain("BEGIN CERTIFICATE");
  });

  it("records an HTTP exchange of a chosen host with its bodies, and passes others through unrecorded", async () => {
    const before = recorder.exchanges().length;
    const response = await viaProxy(`${target.origin}/api/items?page=2`, {
      method: "POST",
      body: '{"name":"tea"}',
      headers: { "content-type": "application/json", authorization: "Bearer t-1" },
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ method: "POST", body: '{"name":"tea"}' });
    const passed = await viaProxy(`${other.origin}/not-recorded`);
    expect(passed.status).toBe(200);
    await recordedCount(before + 1);

    const recorded = recorder.exchanges().slice(before);
    expect(recorded).toHaveLength(1);
    const [exchange] = recorded;
    expect(exchange!.request).toMatchObject({ method: "POST", url: `${target.origin}/api/items?page=2` });
    expect(exchange!.request.headers).toContainEqual({ name: "authorization", value: "Bearer t-1" });
    expect(exchange!.request.body).toMatchObject({ text: '{"name":"tea"}', mimeType: "application/json" });
    expect(exchange!.response).toMatchObject({ status: 200, body: { mimeType: "application/json" } });
    expect(JSON.parse(exchange!.response!.body.text!)).toMatchObject({ url: "/api/items?page=2" });
    expect(seen).toContainEqual(exchange);
  });

  it("records HTTPS through CONNECT with a certificate signed by its CA", async () => {
    const before = recorder.exchanges().length;
    const response = await viaProxy(`${secure.origin}/api/token?appid=wx1`);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ method: "GET", url: "/api/token?appid=wx1" });
    await recordedCount(before + 1);
    const exchange = recorder.exchanges()[before]!;
    expect(exchange.request.url).toBe(`${secure.origin}/api/token?appid=wx1`);
    expect(exchange.response!.status).toBe(200);
  });

  it("notes binary and oversized bodies instead of keeping them", async () => {
    const before = recorder.exchanges().length;
    for (const path of ["/image", "/big"]) expect((await viaProxy(`${target.origin}${path}`)).status).toBe(200);
    await recordedCount(before + 2);
    const [image, big] = recorder.exchanges().slice(before);
    expect(image!.response!.body).toMatchObject({ omitted: "binary", size: 10 });
    expect(image!.response!.body.text).toBeUndefined();
    expect(big!.response!.body).toMatchObject({ omitted: "over 1 MB" });
  });

  it("writes a HAR 1.2 document the recorded requests can be read back from", () => {
    const har = recorder.toHar();
    expect(har.log.version).toBe("1.2");
    const post = har.log.entries.find((entry) => entry.request.method === "POST")!;
    expect(Date.parse(post.startedDateTime)).not.toBeNaN();
    expect(post.time).toBeGreaterThanOrEqual(0);
    expect(post.request.postData).toEqual({ mimeType: "application/json", text: '{"name":"tea"}' });
    expect(post.request.queryString).toEqual([{ name: "page", value: "2" }]);
    expect(post.response.content.mimeType).toBe("application/json");
    expect(JSON.parse(post.response.content.text!)).toMatchObject({ method: "POST" });
    // Round-trips through JSON, which is how it is written and read.
    expect(JSON.parse(JSON.stringify(har))).toEqual(har);
  });

  it("is read by the import as a recording: method, URL, headers, body, response and timing", async () => {
    const preview = await previewImport("recording", JSON.stringify(recorder.toHar()));
    expect(preview.format).toBe("recording");
    const post = preview.requests.find((r) => r.method === "POST")!;
    expect(post.url).toBe(`${target.origin}/api/items?page=2`);
    expect(post.headers).toContainEqual({ name: "authorization", value: "Bearer t-1" });
    expect(JSON.stringify(post.body)).toContain("tea");
    expect(post.response).toMatchObject({ status: 200, mimeType: "application/json" });
    expect(post.startedAtMs).toBeGreaterThan(0);
    const image = preview.requests.find((r) => r.url.endsWith("/image"))!;
    expect(image.isStatic).toBe(true);
  });

  it("reuses the CA it generated", async () => {
    const again = await ensureCa(join(dir, "ca"));
    expect(again.cert).toBe(recorder.ca.cert);
  });

  it("refuses hosts that are not hosts, naming the entry", async () => {
    const attempt = startRecorder({ hosts: ["127.0.0.1:4010", "not a host"], caDir: join(dir, "ca") });
    await expect(attempt).rejects.toThrow(RecorderInputError);
    await expect(attempt).rejects.toThrow('hosts[1]: "not a host" is not a host or host:port');
  });
});
