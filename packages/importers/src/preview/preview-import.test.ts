import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error";
import { detectImportFormat } from "./detect-format";
import { hostsOf } from "./hosts";
import { previewImport } from "./preview-import";

const chromiumHar = readFileSync(new URL("../har/__fixtures__/chromium-shop.har", import.meta.url), "utf8");

function harOf(entries: unknown[]): string {
  return JSON.stringify({ log: { version: "1.2", entries } });
}

describe("previewImport", () => {
  it("marks static assets and repeats so the preview leaves them out by default", async () => {
    const preview = await previewImport("har", chromiumHar);
    const marks = preview.requests.map((r) => [r.name, r.isStatic, r.duplicateOf ?? null]);
    expect(marks).toEqual([
      ["GET /shop", false, null],
      ["GET /static/site.css", true, null], // by its response type
      ["GET /static/logo", true, null], // image/png, though the URL has no extension
      ["POST /api/token", false, null],
      ["GET /api/items", false, null],
      ["POST /api/cart", false, null],
      ["GET /api/items", false, 4], // same method, URL and body as request 4
    ]);
  });

  it("marks by URL extension, or Chromium's resource type, when no response was recorded", async () => {
    const entries = ["/app.js", "/app.js.map", "/favicon.ico", "/fonts/a.woff2", "/api/x.json"].map((path) => ({
      request: { method: "GET", url: `http://127.0.0.1:4000${path}` },
    }));
    const cancelledImage = {
      _resourceType: "image",
      request: { method: "GET", url: "http://127.0.0.1:4000/img?id=1" },
    };
    const preview = await previewImport("har", harOf([...entries, cancelledImage]));
    expect(preview.requests.map((r) => r.isStatic)).toEqual([true, true, true, true, false, true]);
  });

  it("reads a recording as HAR", async () => {
    expect((await previewImport("recording", chromiumHar)).format).toBe("recording");
  });

  it("notes a request the contract refuses, naming it and the field, and imports the rest", async () => {
    const huge = "x".repeat(64 * 1024 + 1);
    const big = { method: "GET", url: "http://127.0.0.1/big", headers: [{ name: "X-Big", value: huge }] };
    const entries = [{ request: big }, { request: { method: "GET", url: "http://127.0.0.1/ok" } }];
    const preview = await previewImport("har", harOf(entries));
    expect(preview.requests.map((r) => [r.index, r.where])).toEqual([[0, "entry 2"]]);
    expect(preview.notes).toEqual([
      { where: "entry 1", message: expect.stringMatching(/^not imported: headers\.0\.value: /) as string },
    ]);
  });

  it("keeps a request whose recorded response the contract refuses, without that response", async () => {
    const headers = [{ name: "X-Trace", value: "t".repeat(64 * 1024 + 1) }];
    const response = { status: 200, headers, content: { text: "{}" } };
    const entries = [{ request: { method: "GET", url: "http://127.0.0.1/a" }, response }];
    const preview = await previewImport("har", harOf(entries));
    expect(preview.requests[0]!.response).toBeUndefined();
    expect(preview.notes[0]!.message).toMatch(/^response not kept: response\.headers\.0\.value: /);
  });

  it("refuses formats whose importer is not there yet with an ImportError", async () => {
    await expect(previewImport("jmeter", "<jmeterTestPlan/>")).rejects.toBeInstanceOf(ImportError);
  });
});

describe("hostsOf", () => {
  it("counts requests per host, most first, and names a templated base by its reference", async () => {
    const preview = await previewImport("har", chromiumHar);
    const extra = { ...preview.requests[0]!, index: 99, url: "${base}/api/items" };
    expect(hostsOf({ ...preview, requests: [...preview.requests, extra] })).toEqual([
      { host: "127.0.0.1:4000", count: 7 },
      { host: "${base}", count: 1 },
    ]);
  });
});

describe("detectImportFormat", () => {
  it("knows each format by extension or content", () => {
    expect(detectImportFormat("shop.har", "whatever")).toBe("har");
    expect(detectImportFormat("plan.jmx", "")).toBe("jmeter");
    expect(detectImportFormat("export.json", '{\n  "log": {"version": "1.2"}}')).toBe("har");
    expect(detectImportFormat("c.json", '{"info": {"_postman_id": "1", "name": "Shop"}, "item": []}')).toBe("postman");
    const postmanSchema =
      '{"info": {"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}}';
    expect(detectImportFormat("c.json", postmanSchema)).toBe("postman");
    expect(detectImportFormat("api.yaml", "# API\nopenapi: 3.0.3\ninfo:\n  title: Shop\n")).toBe("openapi");
    expect(detectImportFormat("api.json", '{\n  "swagger": "2.0"\n}')).toBe("openapi");
    expect(detectImportFormat("plan.xml", '<?xml version="1.0"?>\n<jmeterTestPlan version="1.2">')).toBe("jmeter");
    expect(detectImportFormat("", "curl 'http://127.0.0.1:4000/api/items' \\\n  -H 'accept: */*'")).toBe("curl");
  });

  it("says what it understands when it cannot tell", () => {
    expect(() => detectImportFormat("notes.txt", "hello")).toThrow(
      /^notes\.txt: not a format Stampede imports: expected a HAR file/,
    );
  });
});
