import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ZImportPreview } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { exampleFromSchema } from "./example-from-schema";
import { parseOpenApi } from "./index";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

describe("parseOpenApi (OpenAPI 3, YAML)", async () => {
  const preview = await parseOpenApi(fixture("shop.openapi.yaml"));
  const byWhere = (where: string) => preview.requests.find((r) => r.where === `operation ${where}`)!;

  it("lists every operation in document order, named by operationId, summary or method and path, grouped by tag", () => {
    expect(ZImportPreview.safeParse(preview).success).toBe(true);
    expect(preview.title).toBe("Shop API");
    expect(preview.requests.map((r) => [r.name, r.group])).toEqual([
      ["getToken", "auth"],
      ["List orders", "orders"],
      ["POST /api/orders", "orders"],
      ["updateOrder", "orders"],
      ["DELETE /api/orders/{orderId}", undefined],
    ]);
  });

  it("keeps the server as the global base and path parameters as globals holding their example", () => {
    expect(preview.globals).toContainEqual({ name: "base", value: "http://127.0.0.1:4010/v1" });
    expect(preview.globals).toContainEqual({ name: "orderId", value: "o-42" });
    expect(byWhere("PUT /api/orders/{orderId}").url).toBe("${base}/api/orders/${orderId}");
  });

  it("sends required query parameters and optional ones only when they have an example", () => {
    const list = byWhere("GET /api/orders");
    expect(list.url).toBe("${base}/api/orders?page=1&q=shoes");
    expect(list.headers).toContainEqual({ name: "X-Trace", value: "abc" });
  });

  it("applies security: the document's bearer, an operation's API key in the query, none where it says so", () => {
    expect(preview.globals).toContainEqual({ name: "access_token", value: "" });
    expect(byWhere("GET /api/orders").headers).toContainEqual({
      name: "Authorization",
      value: "Bearer ${access_token}",
    });
    expect(byWhere("POST /api/orders").url).toBe("${base}/api/orders?app_key=${app_key}");
    expect(byWhere("POST /api/token").headers).toEqual([]);
  });

  it("builds bodies from examples or from the schema, and forms from urlencoded schemas", () => {
    expect(byWhere("PUT /api/orders/{orderId}").body).toEqual({ type: "json", json: '{\n  "status": "paid"\n}' });
    const order = byWhere("POST /api/orders").body;
    expect(order.type === "json" && JSON.parse(order.json)).toEqual({
      sku: "SKU-1",
      qty: 1,
      note: "string",
      status: "new",
      createdAt: "2024-01-01T00:00:00Z",
      contact: "user@example.com",
      lines: [{ price: 0 }],
    });
    expect(byWhere("POST /api/token").body).toEqual({
      type: "form",
      fields: [
        { name: "appid", value: "wx123" },
        { name: "secret", value: "string" },
      ],
    });
  });
});

describe("parseOpenApi (Swagger 2, JSON)", () => {
  it("takes host, base path and scheme as base, body and formData parameters, API keys in headers", async () => {
    const preview = await parseOpenApi(fixture("petstore.swagger.json"));
    expect(ZImportPreview.safeParse(preview).success).toBe(true);
    expect(preview.globals).toEqual([
      { name: "base", value: "http://127.0.0.1:8080/api" },
      { name: "petId", value: "7" },
      { name: "X-API-Key", value: "" },
    ]);
    const [pet, add, login] = preview.requests;
    expect(pet!.url).toBe("${base}/pets/${petId}");
    expect(pet!.headers).toEqual([{ name: "X-API-Key", value: "${X-API-Key}" }]);
    expect(add!.body).toEqual({ type: "json", json: '{\n  "name": "string",\n  "tags": [\n    "string"\n  ]\n}' });
    expect(login!.body).toEqual({
      type: "form",
      fields: [
        { name: "user", value: "string" },
        { name: "pass", value: "pw" },
      ],
    });
  });
});

describe("parseOpenApi refuses what it cannot read, saying where", () => {
  it("an invalid document: the validator's complaint with the line and path in the text", async () => {
    await expect(parseOpenApi(fixture("invalid.openapi.yaml"))).rejects.toThrow(
      "line 9 (paths./x.get.responses.200): invalid document: must have required property 'description'",
    );
  });

  it("broken YAML, another kind of file, an unsupported version", async () => {
    await expect(parseOpenApi("openapi: 3.0.0\ninfo: [\n")).rejects.toThrow(/^line \d+: /);
    await expect(parseOpenApi('{"info": {"name": "x"}, "item": []}')).rejects.toThrow(
      /^document: not an OpenAPI 3 or Swagger 2/,
    );
    await expect(parseOpenApi("swagger: '1.2'\n")).rejects.toThrow(/^openapi: version "1.2" is not supported/);
  });

  it("never follows a $ref outside the document", async () => {
    let hits = 0;
    const server = createServer((_, res) => {
      hits++;
      res.end('{"get": {"responses": {"200": {"description": "ok"}}}}');
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    const doc = {
      openapi: "3.0.0",
      info: { title: "x", version: "1" },
      paths: { "/a": { $ref: `http://127.0.0.1:${port}/paths.json` } },
    };
    try {
      const preview = await parseOpenApi(JSON.stringify(doc));
      expect(preview.requests).toEqual([]);
      expect(preview.notes).toContainEqual({ where: "paths", message: "the document has no operations" });
    } finally {
      await new Promise((done) => server.close(done));
    }
    expect(hits).toBe(0);
  });
});

describe("exampleFromSchema", () => {
  it("stops at circular references and leaves out read-only properties", () => {
    const node: Record<string, unknown> = { type: "object", properties: { id: { type: "string", readOnly: true } } };
    (node.properties as Record<string, unknown>).child = { $ref: "#/components/schemas/Node" };
    (node.properties as Record<string, unknown>).tags = { type: "array", items: { enum: ["a", "b"] } };
    expect(exampleFromSchema(node)).toEqual({ tags: ["a"] });
    expect(
      exampleFromSchema({
        allOf: [{ properties: { a: { type: "integer", minimum: 3 } } }, { properties: { b: { type: "boolean" } } }],
      }),
    ).toEqual({ a: 3, b: true });
  });
});
