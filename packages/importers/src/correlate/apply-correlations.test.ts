import { ZHttpStep } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { applyCorrelations, CorrelationChoiceError } from "./apply-correlations";
import { jsonResponse, previewOf } from "./test-preview";
import { tokenProviderFrom } from "./token-provider";

const TOKEN = "3f9c0e5b8d0a4c1e9b7a";

const recorded = () =>
  previewOf([
    {
      method: "GET",
      url: "https://api.test/cgi-bin/token?grant_type=client_credential&appid=wx-demo&secret=demo-secret",
      response: jsonResponse({ access_token: TOKEN, expires_in: 7200 }),
    },
    {
      method: "POST",
      url: `https://api.test/api/orders?access_token=${TOKEN}`,
      headers: [{ name: "Authorization", value: `Bearer ${TOKEN}` }],
      body: { type: "json", json: `{"token":"${TOKEN}","qty":2}` },
      response: jsonResponse({ order: { orderId: 20261201123 } }),
    },
    {
      method: "POST",
      url: "https://api.test/api/orders/20261201123/pay",
      body: {
        type: "form",
        fields: [
          { name: "order", value: "20261201123" },
          { name: "note", value: "as is" },
        ],
      },
    },
  ]);

describe("applyCorrelations", () => {
  it("adds the output parameter to the source and replaces every use, leaving everything else as it was", () => {
    const preview = recorded();
    const applied = applyCorrelations(preview, { correlations: ["0:access_token", "1:orderId"] });
    const [token, order, pay] = applied.requests;
    expect(token!.outputs).toEqual([
      { name: "access_token", source: "body-json", expression: "$.access_token", match: 0 },
    ]);
    expect(token!.url).toBe(preview.requests[0]!.url);
    expect(order!.url).toBe("https://api.test/api/orders?access_token=${access_token}");
    expect(order!.headers).toEqual([{ name: "Authorization", value: "Bearer ${access_token}" }]);
    expect(order!.body).toEqual({ type: "json", json: '{"token":"${access_token}","qty":2}' });
    expect(order!.outputs).toEqual([{ name: "orderId", source: "body-json", expression: "$.order.orderId", match: 0 }]);
    expect(pay!.url).toBe("https://api.test/api/orders/${orderId}/pay");
    expect(pay!.body).toEqual({
      type: "form",
      fields: [
        { name: "order", value: "${orderId}" },
        { name: "note", value: "as is" },
      ],
    });
    // The input is not changed.
    expect(preview.requests[1]!.headers[0]!.value).toBe(`Bearer ${TOKEN}`);
  });

  it("turns a chosen secret into a secret global and a reference", () => {
    const applied = applyCorrelations(recorded(), { secrets: ["0:query secret"] });
    expect(applied.requests[0]!.url).toBe(
      "https://api.test/cgi-bin/token?grant_type=client_credential&appid=wx-demo&secret=${secret}",
    );
    expect(applied.globals).toEqual([{ name: "secret", value: "demo-secret", secret: true }]);
  });

  it("rewrites the uses but adds no output for the correlation that becomes the token provider", () => {
    const preview = recorded();
    const applied = applyCorrelations(preview, {}, { tokenProviderFrom: "0:access_token" });
    expect(applied.requests[0]!.outputs).toEqual([]);
    expect(applied.requests[1]!.headers[0]!.value).toBe("Bearer ${access_token}");
    const step = ZHttpStep.parse({ type: "http", name: "token", url: preview.requests[0]!.url });
    expect(tokenProviderFrom(preview, "0:access_token", step)).toMatchObject({
      param: "access_token",
      extract: { source: "body-json", expression: "$.access_token" },
      lifetime: { type: "field", expression: "$.expires_in" },
      request: { name: "token", url: preview.requests[0]!.url },
    });
  });

  it("refuses an id or a key that is not among the proposals, naming the choice entry", () => {
    expect(() => applyCorrelations(recorded(), { correlations: ["0:access_token", "9:nope"] })).toThrow(
      new CorrelationChoiceError("correlations[1]", '"9:nope" is not a correlation found in this import'),
    );
    expect(() => applyCorrelations(recorded(), { secrets: ["2:header X"] })).toThrow(/^secrets\[0\]: "2:header X"/);
  });
});
