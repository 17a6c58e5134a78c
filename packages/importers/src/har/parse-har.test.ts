import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error";
import { parseHar } from "./parse-har";

const chromiumHar = readFileSync(new URL("./__fixtures__/chromium-shop.har", import.meta.url), "utf8");

function harOf(entries: unknown[]): string {
  return JSON.stringify({ log: { version: "1.2", creator: { name: "test", version: "1" }, entries } });
}

function errorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error("expected an ImportError");
}

describe("parseHar", () => {
  const preview = parseHar(chromiumHar);

  it("reads every http entry of a Chromium export, in order, and notes the WebSocket", () => {
    expect(preview.format).toBe("har");
    expect(preview.title).toBe("http://127.0.0.1:4000/shop");
    expect(preview.requests.map((r) => `${r.index} ${r.where} ${r.name}`)).toEqual([
      "0 entry 1 GET /shop",
      "1 entry 2 GET /static/site.css",
      "2 entry 3 GET /static/logo",
      "3 entry 4 POST /api/token",
      "4 entry 5 GET /api/items",
      "5 entry 7 POST /api/cart",
      "6 entry 8 GET /api/items",
    ]);
    expect(preview.notes).toEqual([
      { where: "entry 6", message: "WebSocket ws://127.0.0.1:4000/live is not imported" },
    ]);
  });

  it("drops pseudo-headers, hop-by-hop and computed headers, and cookies the jar will send", () => {
    const [page, , , token, items] = preview.requests;
    expect(page!.headers).toEqual([
      { name: "Accept", value: "text/html,application/xhtml+xml" },
      { name: "User-Agent", value: "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36" },
    ]);
    // sid was set by the page's response; theme was not, so it stays.
    expect(token!.headers).toEqual([
      { name: "cookie", value: "theme=dark" },
      { name: "x-app-id", value: "wx123" },
    ]);
    expect(items!.headers).toEqual([]);
    expect(items!.url).toBe("http://127.0.0.1:4000/api/items?access_token=tok-9123&page=1");
  });

  it("turns a JSON post into a JSON body and an urlencoded post into form fields", () => {
    expect(preview.requests[3]!.body).toEqual({ type: "json", json: '{"appid":"wx123","secret":"s3cr3t-value"}' });
    expect(preview.requests[5]!.body).toEqual({
      type: "form",
      fields: [
        { name: "item", value: "it-1" },
        { name: "qty", value: "2" },
        { name: "note", value: "a b" },
      ],
    });
    expect(preview.requests[5]!.headers).toEqual([]); // the form body sets its own content type
  });

  it("keeps responses, decoding base64 text bodies and leaving binary ones out", () => {
    const [page, , logo, token, , , aborted] = preview.requests;
    expect(page!.response).toMatchObject({ status: 200, mimeType: "text/html", size: 48 });
    expect(token!.response!.bodyText).toBe('{"access_token":"tok-9123","expires_in":7200}');
    expect(logo!.response).toMatchObject({ status: 200, mimeType: "image/png" });
    expect(logo!.response!.bodyText).toBeUndefined();
    expect(aborted!.response).toBeUndefined(); // status 0: the browser never got an answer
  });

  it("keeps timestamps and durations for think times", () => {
    expect(preview.requests[3]).toMatchObject({ startedAtMs: Date.parse("2026-11-30T09:00:01.000Z"), durationMs: 25 });
  });

  it("notes methods a step cannot send and non-http URLs", () => {
    const request = { method: "CONNECT", url: "https://127.0.0.1:4000/", headers: [] };
    const data = { method: "GET", url: "data:image/png;base64,AAAA", headers: [] };
    const result = parseHar(harOf([{ request }, { request: data }]));
    expect(result.requests).toEqual([]);
    expect(result.notes.map((n) => `${n.where}: ${n.message}`)).toEqual([
      "entry 1: method CONNECT is not imported (supported: GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)",
      "entry 2: data:image/png;base64,AAAA is not an http(s) request; not imported",
    ]);
  });

  it("names the line and column of malformed JSON", () => {
    const err = errorOf(() => parseHar('{\n  "log": {\n    "entries": [,]\n  }\n}'));
    expect(err.message).toBe('line 3, column 17: not valid JSON: expected a value, found ","');
    expect(errorOf(() => parseHar('{"log": {"entries": [')).message).toBe(
      "line 1, column 22: not valid JSON: expected a value, found the end of the text",
    );
    expect(errorOf(() => parseHar('{"log": {"entries": []}} x')).message).toBe(
      'line 1, column 26: not valid JSON: expected the end of the text after the JSON value, found "x"',
    );
    expect(errorOf(() => parseHar("  ")).message).toBe("file: the file is empty");
  });

  it("names what is missing: the log, its entries, an entry's url", () => {
    expect(errorOf(() => parseHar('{"info": {}}')).message).toBe(
      'file: not a HAR file: it has no "log" object at the top',
    );
    expect(errorOf(() => parseHar('{"log": {"version": "1.2"}}')).message).toBe(
      "log.entries: missing: a HAR file lists its requests there",
    );
    const ok = { request: { method: "GET", url: "http://127.0.0.1/a" } };
    expect(errorOf(() => parseHar(harOf([ok, ok, { request: { method: "GET" } }]))).message).toBe(
      "entry 3: request.url is missing",
    );
    expect(errorOf(() => parseHar(harOf([{ request: { method: "GET", url: "x" } }]))).message).toBe(
      'entry 1: request.url "x" is not an absolute URL',
    );
    const badHeader = { request: { method: "GET", url: "http://127.0.0.1/", headers: [{ value: "v" }] } };
    expect(errorOf(() => parseHar(harOf([badHeader]))).message).toBe(
      "entry 1: request.headers[0] needs a name and a string value",
    );
  });
});
