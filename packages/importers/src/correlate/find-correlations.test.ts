import { describe, expect, it } from "vitest";
import { findCorrelations } from "./find-correlations";
import { jsonResponse, previewOf } from "./test-preview";

const JWT =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZW1vIiwiaWF0IjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLXBhcnQtaGVyZQ";

describe("findCorrelations", () => {
  it("proposes a JWT from a login response sent later as a Bearer header, masked, with the token provider", () => {
    const preview = previewOf([
      {
        method: "POST",
        url: "https://shop.test/api/login",
        body: { type: "json", json: '{"user":"ann","password":"hunter2-long"}' },
        response: jsonResponse({ data: { jwt: JWT, expiresIn: 3600 } }),
      },
      {
        method: "GET",
        url: "https://shop.test/api/cart",
        headers: [{ name: "Authorization", value: `Bearer ${JWT}` }],
      },
    ]);
    const { correlations, secrets } = findCorrelations(preview);
    expect(correlations).toEqual([
      {
        id: "0:jwt",
        param: "jwt",
        shown: "eyJh••••",
        kind: "token",
        source: { requestIndex: 0, output: { name: "jwt", source: "body-json", expression: "$.data.jwt", match: 0 } },
        uses: [{ requestIndex: 1, field: "header Authorization" }],
        offerTokenProvider: true,
      },
    ]);
    // The password was sent and never returned; the Bearer token was returned, so it is no secret.
    expect(secrets).toEqual([{ requestIndex: 0, field: "body $.password", param: "password", shown: "hunt••••" }]);
  });

  it("proposes an id returned in a list and sent later in a URL path, unmasked, under its key's name", () => {
    const preview = previewOf([
      {
        method: "GET",
        url: "https://shop.test/api/orders",
        response: jsonResponse({ orders: [{ orderId: "ord-7f3a9c21" }] }),
      },
      { method: "GET", url: "https://shop.test/api/orders/ord-7f3a9c21/items?page=1" },
      {
        method: "POST",
        url: "https://shop.test/api/pay",
        body: { type: "form", fields: [{ name: "order", value: "ord-7f3a9c21" }] },
      },
    ]);
    const [correlation] = findCorrelations(preview).correlations;
    expect(correlation).toMatchObject({
      id: "0:orderId",
      kind: "id",
      shown: "ord-7f3a9c21",
      source: { requestIndex: 0, output: { expression: "$.orders[0].orderId" } },
      uses: [
        { requestIndex: 1, field: "url" },
        { requestIndex: 2, field: "form field order" },
      ],
      offerTokenProvider: false,
    });
  });

  it("finds a secret in a query and an Authorization header nobody returned, one parameter per value", () => {
    const preview = previewOf([
      {
        method: "GET",
        url: "https://api.test/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s3cr3t-value",
      },
      {
        method: "GET",
        url: "https://api.test/a",
        headers: [{ name: "Authorization", value: "Basic YWxhZGRpbjpvcGVu" }],
      },
      {
        method: "GET",
        url: "https://api.test/b",
        headers: [{ name: "Authorization", value: "Basic YWxhZGRpbjpvcGVu" }],
      },
    ]);
    expect(findCorrelations(preview).secrets).toEqual([
      { requestIndex: 0, field: "query secret", param: "secret", shown: "s3cr••••" },
      { requestIndex: 1, field: "header Authorization", param: "authorization", shown: "Basi••••" },
      { requestIndex: 2, field: "header Authorization", param: "authorization", shown: "Basi••••" },
    ]);
  });

  it("offers the token provider only for a token with a sibling expires_in, and names params uniquely", () => {
    const preview = previewOf(
      [
        {
          method: "GET",
          url: "https://api.test/cgi-bin/token",
          response: jsonResponse({ access_token: "tok-aaaaaaaaaaaa", expires_in: 7200 }),
        },
        {
          method: "GET",
          url: "https://api.test/refresh",
          response: jsonResponse({ access_token: "tok-bbbbbbbbbbbb" }),
        },
        { method: "POST", url: "https://api.test/x?access_token=tok-aaaaaaaaaaaa&other=tok-bbbbbbbbbbbb" },
      ],
      { globals: [{ name: "access_token", value: "" }] },
    );
    const found = findCorrelations(preview).correlations;
    expect(found.map((c) => [c.id, c.param, c.offerTokenProvider, c.uses[0]!.field])).toEqual([
      ["0:access_token_2", "access_token_2", true, "query access_token"],
      ["1:access_token_3", "access_token_3", false, "query other"],
    ]);
    expect(found[0]!.source.output.expression).toBe("$.access_token");
  });

  it("skips short values, timestamps, values every response returns, cookies and echoes of what was sent", () => {
    const preview = previewOf([
      {
        method: "POST",
        url: "https://api.test/login",
        body: { type: "json", json: '{"appid":"wx-demo-app-1"}' },
        response: jsonResponse(
          {
            appid: "wx-demo-app-1",
            code: "1234567",
            at: "2026-12-01T00:00:00Z",
            epoch: 1764547200,
            build: "build-2026.11",
          },
          [{ name: "set-cookie", value: "sid=cookie-value-123456; Path=/" }],
        ),
      },
      { method: "GET", url: "https://api.test/b", response: jsonResponse({ build: "build-2026.11" }) },
      {
        method: "GET",
        url: "https://api.test/c?app=wx-demo-app-1&code=1234567&at=2026-12-01T00:00:00Z&e=1764547200&b=build-2026.11&s=cookie-value-123456",
      },
    ]);
    expect(findCorrelations(preview).correlations).toEqual([]);
  });

  it("infers a token endpoint's access_token for files without responses (cURL lines, an API document)", () => {
    const curl = previewOf([
      {
        method: "POST",
        url: "https://api.test/api/token",
        body: { type: "json", json: '{"appid":"a","secret":"demo-secret"}' },
      },
      {
        method: "POST",
        url: "https://api.test/api/activity",
        headers: [{ name: "Authorization", value: "Bearer 0123456789abcdef" }],
      },
    ]);
    const proposals = findCorrelations(curl);
    expect(proposals.correlations).toMatchObject([
      {
        id: "0:access_token",
        kind: "token",
        shown: "0123••••",
        uses: [{ requestIndex: 1, field: "header Authorization" }],
      },
    ]);
    expect(proposals.secrets.map((s) => s.field)).toEqual(["body $.secret"]);

    const document = previewOf([
      { method: "POST", url: "${base}/api/token", body: { type: "json", json: '{"appid":"a","secret":"s"}' } },
      {
        method: "GET",
        url: "${base}/api/profile",
        headers: [{ name: "Authorization", value: "Bearer ${access_token}" }],
      },
    ]);
    expect(findCorrelations(document).correlations).toMatchObject([
      { id: "0:access_token", shown: "${access_token}", source: { output: { expression: "$.access_token" } } },
    ]);
    // A file that extracts the token itself needs nothing.
    const extracted = previewOf([
      {
        method: "POST",
        url: "${base}/api/token",
        outputs: [{ name: "access_token", source: "body-json", expression: "access_token" }],
      },
      {
        method: "GET",
        url: "${base}/api/profile",
        headers: [{ name: "Authorization", value: "Bearer ${access_token}" }],
      },
    ]);
    expect(findCorrelations(extracted).correlations).toEqual([]);
  });
});
