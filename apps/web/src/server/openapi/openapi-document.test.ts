import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { API_BASE_PATH, buildOpenApiDocument } from "./build-document";
import { docsOutline } from "./docs-outline";
import { listApiRouteFiles } from "../../../../../scripts/test-support/api-route-files";

/** "METHOD /api/v1/path" for each HTTP method each route file under /api/v1 exports, `[id]` as `{id}`. */
function routeOperations(): string[] {
  return listApiRouteFiles().flatMap(({ segments, methods }) => {
    const path = [API_BASE_PATH, ...segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
    return methods.map((method) => `${method} ${path}`);
  });
}

function documentOperations(document: Record<string, unknown>): string[] {
  const paths = document.paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe("automation API document", () => {
  const document = buildOpenApiDocument();

  it("lists exactly the /api/v1 routes that exist", () => {
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThan(40);
    expect(documentOperations(document).sort()).toEqual(routes.sort());
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? "" : compileErrors(result)).toBe("");
    expect(document.openapi).toBe("3.1.0");
  });

  it("carries the routes' zod contracts as request schemas, parameters and security", () => {
    const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
    const create = paths["/api/v1/scenarios"]!.post!;
    const body = (create.requestBody as { content: Record<string, { schema: { properties: object } }> }).content;
    expect(Object.keys(body["application/json"]!.schema.properties)).toEqual(expect.arrayContaining(["name", "spec"]));
    const stats = paths["/api/v1/runs/{id}/stats"]!.get!;
    expect(stats.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "id", in: "path", required: true }),
        expect.objectContaining({ name: "from", in: "query", required: false }),
      ]),
    );
    expect(paths["/api/v1/health"]!.get!.security).toEqual([]);
    expect(paths["/api/v1/runs"]!.get!.security).toBeUndefined(); // the document-wide key-or-cookie rule
    expect(document.security).toEqual([{ apiKey: [] }, { sessionCookie: [] }]);
  });
});

describe("docs page outline", () => {
  it("groups every operation of the document under its tag", () => {
    const document = buildOpenApiDocument();
    const outline = docsOutline(document);
    expect(outline.flatMap((t) => t.operations)).toHaveLength(documentOperations(document).length);
    const runs = outline.find((t) => t.tag === "Runs")!;
    const speed = runs.operations.find((o) => o.method === "POST" && o.path === "/api/v1/runs/{id}/speed")!;
    expect(speed.requestBody?.mediaType).toBe("application/json");
    const health = outline.find((t) => t.tag === "Service")!.operations.find((o) => o.path === "/api/v1/health")!;
    expect(health.isPublic).toBe(true);
  });
});
