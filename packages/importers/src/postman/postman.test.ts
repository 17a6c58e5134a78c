import { readFileSync } from "node:fs";
import { ZImportPreview } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { parsePostman } from "./index";
import { outputsFromScript } from "./script-outputs";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

describe("parsePostman", () => {
  const preview = parsePostman(fixture("shop.postman_collection.json"));
  const byName = (name: string) => preview.requests.find((r) => r.name === name)!;

  it("reads a v2.1 collection into a valid preview: title, variables as globals, folders as groups", () => {
    expect(ZImportPreview.safeParse(preview).success).toBe(true);
    expect(preview.title).toBe("Shop API");
    expect(preview.globals).toContainEqual({ name: "baseUrl", value: "http://127.0.0.1:4010" });
    expect(preview.requests.map((r) => [r.where, r.group])).toEqual([
      ["item Auth/Get token", "Auth"],
      ["item Orders/Cart/Create order", "Orders / Cart"],
      ["item Orders/List orders", "Orders"],
      ["item Orders/Upload receipt", "Orders"],
      ["item Orders/Note", "Orders"],
    ]);
  });

  it("turns {{var}} into ${var} in URLs, headers and bodies, and keeps enabled rows only", () => {
    const token = byName("Get token");
    expect(token.url).toBe("${baseUrl}/api/token?grant_type=client_credential");
    expect(token.body).toEqual({
      type: "form",
      fields: [
        { name: "appid", value: "${appid}" },
        { name: "secret", value: "s3cret" },
      ],
    });
    const order = byName("Create order");
    expect(order.body).toEqual({ type: "json", json: '{"sku": "${sku}", "qty": 2}' });
    // Disabled rows stay out; the Content-Type travels with the body, which the engine sends it with.
    expect(order.headers.map((h) => h.name)).toEqual(["Authorization"]);
    expect(byName("Note").body).toEqual({ type: "raw", text: "hello ${name}", contentType: "text/plain" });
  });

  it("applies auth: the collection's bearer inherited, noauth, API key in the query, basic", () => {
    expect(byName("Create order").headers).toContainEqual({ name: "Authorization", value: "Bearer ${access_token}" });
    expect(byName("Get token").headers.map((h) => h.name)).not.toContain("Authorization");
    expect(byName("List orders").url).toBe("${baseUrl}/api/orders?page=1&api_key=${apiKey}");
    expect(byName("Upload receipt").headers).toContainEqual({
      name: "Authorization",
      value: `Basic ${Buffer.from("alice:pw").toString("base64")}`,
    });
  });

  it("takes values the test script stores into output parameters and says the scripts were not run", () => {
    expect(byName("Get token").outputs).toEqual([
      { name: "access_token", source: "body-json", expression: "$.access_token", match: 0 },
      { name: "expires", source: "body-json", expression: "$.data.expires_in", match: 0 },
    ]);
    expect(preview.notes).toContainEqual({
      where: "item Auth/Get token",
      message: "tests not run; `access_token`, `expires` taken from the response as output parameters",
    });
    expect(preview.notes).toContainEqual({
      where: "item Orders/Cart/Create order",
      message: "pre-request script not run",
    });
  });

  it("notes file fields of a form-data body", () => {
    expect(byName("Upload receipt").body).toEqual({ type: "form", fields: [{ name: "note", value: "paid" }] });
    expect(preview.notes).toContainEqual({
      where: "item Orders/Upload receipt",
      message: 'file field(s) "file" not imported',
    });
  });

  it("reads v2.0: object-style auth, string URLs without a scheme, dynamic variables, unsupported methods noted", () => {
    const legacy = parsePostman(fixture("legacy-v2.0.json"));
    expect(ZImportPreview.safeParse(legacy).success).toBe(true);
    const [profile] = legacy.requests;
    expect(legacy.requests).toHaveLength(1);
    expect(profile!.url).toBe("http://127.0.0.1:8080/me?id=${__uuid()}&e={{$randomEmail}}");
    expect(profile!.headers).toContainEqual({ name: "Authorization", value: "Bearer abc123" });
    expect(profile!.outputs).toEqual([
      { name: "user_id", source: "body-json", expression: "$.items[0].id", match: 0 },
      { name: "sid", source: "header", expression: "X-Session", match: 0 },
    ]);
    expect(legacy.notes).toContainEqual({
      where: "item Subscribe",
      message: "method COPY is not supported; request not imported",
    });
    expect(legacy.notes).toContainEqual({
      where: "item Profile",
      message: "dynamic variable(s) {{$randomEmail}} kept as text",
    });
  });

  it("refuses a v1 collection, an environment, other JSON and broken JSON, saying where", () => {
    expect(() => parsePostman(fixture("v1.json"))).toThrow(/^collection: Postman collection v1 is not supported/);
    expect(() => parsePostman(fixture("broken.json"))).toThrow(/^line 4: not valid JSON/);
    expect(() => parsePostman('{"values": [], "_postman_variable_scope": "environment"}')).toThrow(
      /Postman environment/,
    );
    expect(() => parsePostman('{"openapi": "3.0.0"}')).toThrow(/^info: missing/);
    expect(() => parsePostman('{"info": {"schema": "x"}, "item": []}')).toThrow(/^info.schema: "x" is not a Postman/);
    expect(() => parsePostman("[1]")).toThrow(/^collection: expected a JSON object/);
  });
});

describe("outputsFromScript", () => {
  it("leaves values it cannot read from the response alone", () => {
    expect(outputsFromScript('pm.environment.set("n", 5);\npm.environment.set("t", Date.now());')).toEqual([]);
    expect(outputsFromScript("const j = pm.response.json(); pm.collectionVariables.set(`x`, j.data['a-b'])")).toEqual([
      { name: "x", source: "body-json", expression: "$.data['a-b']", match: 0 },
    ]);
  });
});
