import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getOpenApiDocument } from "@/server/openapi/build-document";
import ApiDocsPage from "./page";

describe("/api-docs page", () => {
  it("renders every operation of the document as HTML on the server, fetching nothing", () => {
    const html = renderToStaticMarkup(createElement(ApiDocsPage));
    const paths = Object.keys(getOpenApiDocument().paths as object);
    for (const path of paths) expect(html).toContain(`<code class="text-sm">${path}</code>`);
    expect(html).toContain('href="/api/v1/openapi.json"');
    expect(html).toContain("Request body (application/json)");
    expect(html).not.toMatch(/<script|<link/);
  });
});
