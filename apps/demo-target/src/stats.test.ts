import { describe, expect, it } from "vitest";
import { getJson, issueToken, postJson, useDemoTarget } from "./test-support";

describe("request counting", () => {
  const target = useDemoTarget({ tokenTtlSeconds: 60 });

  it("counts each served request exactly once, by route, status and auth failure", async () => {
    const token = await issueToken(target());
    target().resetStats();
    const N = 150;
    await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        if (i % 3 === 0) return (await fetch(`${target().url}/hello`)).text();
        if (i % 3 === 1) return postJson(target(), "/api/activity", { input_token: i % 2 ? token : "bad" });
        return postJson(target(), "/wechat/activity?access_token=bad", {});
      }),
    );
    // Control routes and unknown paths are not business traffic.
    await getJson(target(), "/__stats");
    await getJson(target(), "/nowhere");

    const stats = (await getJson(target(), "/__stats")).body;
    expect(stats.requests).toBe(N);
    expect(stats.byRoute).toEqual({ "GET /hello": 50, "POST /api/activity": 50, "POST /wechat/activity": 50 });
    expect(stats.status).toEqual({ "200": 125, "401": 25 });
    expect(stats.unauthorized).toBe(75);
    expect(stats.tokensIssued).toBe(0);
    expect(target().stats()).toEqual(stats);
  });

  it("counts issued tokens and rejected token requests", async () => {
    target().resetStats();
    await issueToken(target());
    await getJson(target(), "/cgi-bin/token?grant_type=client_credential&appid=wx-demo-app&secret=demo-secret");
    await getJson(target(), "/cgi-bin/token?grant_type=client_credential&appid=wx-demo-app&secret=wrong");
    await postJson(target(), "/api/token", { appid: "wx-demo-app", secret: "wrong" });
    const stats = target().stats();
    expect(stats).toMatchObject({ requests: 4, tokensIssued: 2, unauthorized: 2, status: { "200": 3, "401": 1 } });
  });

  it("POST /__stats/reset zeroes the counters and leaves tokens valid", async () => {
    const token = await issueToken(target());
    await fetch(`${target().url}/hello`).then((res) => res.text());
    const before = target().stats();
    expect(before.requests).toBeGreaterThan(0);

    const reset = await postJson(target(), "/__stats/reset", {});
    expect(reset.status).toBe(200);
    const after = target().stats();
    expect(after).toMatchObject({ requests: 0, byRoute: {}, status: {}, unauthorized: 0, tokensIssued: 0 });
    expect(Date.parse(after.since)).toBeGreaterThanOrEqual(Date.parse(before.since));
    expect((await postJson(target(), "/api/activity", { input_token: token })).status).toBe(200);
    expect(target().stats().requests).toBe(1);
  });
});
