import { describe, expect, it } from "vitest";
import { DEMO_CREDENTIALS, getJson, useDemoTarget } from "../test-support";
import { CONTROL_PREFIX, ROUTES } from "./index";
import type { OpenApiDocument } from "./openapi-types";

/** Routes that are not the API: the shop site, the document itself, control routes. */
const notApi = (path: string) =>
  path.startsWith(CONTROL_PREFIX) || path === "/shop" || path.startsWith("/shop/") || path === "/openapi.json";

describe("GET /openapi.json", () => {
  const target = useDemoTarget();

  it("documents every API route in ROUTES, and nothing else", async () => {
    const { status, body } = await getJson(target(), "/openapi.json");
    expect(status).toBe(200);
    const doc = body as OpenApiDocument;
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const api = ROUTES.filter((r) => !notApi(r.path)).map((r) => `${r.method} ${r.path}`);
    expect(api.length).toBeGreaterThan(5);
    expect(documented.sort()).toEqual(api.sort());
  });

  it("points its server at the target it was fetched from and carries the demo credentials", async () => {
    const { body } = await getJson(target(), "/openapi.json");
    const doc = body as OpenApiDocument;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0]!.url).toBe(target().url);
    expect(doc.paths["/api/token"]!.post!.requestBody!.content["application/json"]!.example).toEqual(DEMO_CREDENTIALS);
    // Every security requirement names a declared scheme.
    const schemes = Object.keys(doc.components.securitySchemes);
    const used = [doc.security, ...Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.security))]
      .flatMap((list) => list ?? [])
      .flatMap((requirement) => Object.keys(requirement));
    expect(used.every((name) => schemes.includes(name))).toBe(true);
  });

  it("the documented token request, as the example gives it, returns a token", async () => {
    const { body } = await getJson(target(), "/openapi.json");
    const example = (body as OpenApiDocument).paths["/api/token"]!.post!.requestBody!.content["application/json"]!
      .example;
    const res = await fetch(`${target().url}/api/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(example),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { access_token: string }).access_token).toMatch(/^[0-9a-f]{40}$/);
  });
});
