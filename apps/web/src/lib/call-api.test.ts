import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callApi } from "./call-api";

/** A real local server answering what the console's API answers: JSON, 204, refusals, and a proxy's HTML. */
let server: Server;
let base: string;
const seen: { method?: string; type?: string; body?: string } = {};

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      Object.assign(seen, { method: request.method, type: request.headers["content-type"], body });
      if (request.url === "/created") {
        response.writeHead(201, { "content-type": "application/json" }).end('{"project":{"id":"p1"}}');
      } else if (request.url === "/gone") {
        response.writeHead(204).end();
      } else if (request.url === "/refused") {
        response
          .writeHead(400, { "content-type": "application/json" })
          .end('{"error":"invalid request","issues":["email: not an e-mail address"]}');
      } else {
        response.writeHead(502, { "content-type": "text/html" }).end("<h1>Bad gateway</h1>");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("callApi", () => {
  it("sends a body as JSON and returns the parsed answer", async () => {
    const result = await callApi<{ project: { id: string } }>(`${base}/created`, {
      method: "POST",
      body: { name: "x" },
    });
    expect(result).toEqual({ ok: true, body: { project: { id: "p1" } } });
    expect(seen).toEqual({ method: "POST", type: "application/json", body: '{"name":"x"}' });
  });

  it("reads a 204 as done, with no body to parse", async () => {
    expect(await callApi(`${base}/gone`, { method: "DELETE" })).toEqual({ ok: true, body: undefined });
    expect(seen.type).toBeUndefined();
  });

  it("hands back the server's error and issues", async () => {
    expect(await callApi(`${base}/refused`, { method: "POST", body: {} })).toEqual({
      ok: false,
      error: "invalid request",
      issues: ["email: not an e-mail address"],
      status: 400,
    });
  });

  it("names the status when the answer is not the API's JSON", async () => {
    expect(await callApi(`${base}/other`)).toEqual({
      ok: false,
      error: "request failed (HTTP 502)",
      issues: [],
      status: 502,
    });
  });

  it("turns a server that cannot be reached into a refusal instead of throwing", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await callApi(url);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(/^could not reach the server: /);
  });
});
