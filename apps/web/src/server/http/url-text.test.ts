import { describe, expect, it } from "vitest";
import { withErrors } from "./errors";
import { urlTextIssue } from "./url-text";

describe("urlTextIssue", () => {
  it("passes ordinary URLs, encoded non-ASCII included", () => {
    expect(urlTextIssue(new URL("http://h/api/v1/scenarios?search=caf%C3%A9&take=5"))).toBeUndefined();
  });

  it("names a query parameter or a path segment holding a NUL, and bad percent-encoding", () => {
    expect(urlTextIssue(new URL("http://h/api/v1/scenarios?search=a%00"))).toBe(
      "query.search: contains a NUL character (\\u0000)",
    );
    expect(urlTextIssue(new URL("http://h/api/v1/scenarios/s1/data-sources/a%00.csv"))).toMatch(
      /^path segment 6 \("a%00.csv"\): contains a NUL/,
    );
    expect(urlTextIssue(new URL("http://h/api/v1/scenarios/%ED%A0%80"))).toMatch(/not valid UTF-8/);
  });

  it("makes every route answer 400 before its handler runs", async () => {
    let ran = false;
    const route = withErrors(async () => {
      ran = true;
      return new Response("ok");
    });
    const response = await route(new Request("http://h/api/v1/runs?scenarioId=%00"), {});
    expect(response.status).toBe(400);
    expect(ran).toBe(false);
  });
});
