import { describe, expect, it } from "vitest";
import { DEMO_CREDENTIALS, getJson, postJson, useDemoTarget } from "../test-support";

describe("token endpoints", () => {
  const target = useDemoTarget();
  const wechatTokenPath = (appid: string, secret: string) =>
    `/cgi-bin/token?grant_type=client_credential&appid=${appid}&secret=${secret}`;

  it("GET /cgi-bin/token issues a hex token with the configured ttl", async () => {
    const { status, body } = await getJson(target(), wechatTokenPath("wx-demo-app", "demo-secret"));
    expect(status).toBe(200);
    expect(body.access_token).toMatch(/^[0-9a-f]{32,}$/);
    expect(body.expires_in).toBe(1);
  });

  it("GET /cgi-bin/token answers bad credentials with HTTP 200 and an errcode, as WeChat does", async () => {
    expect(await getJson(target(), wechatTokenPath("nope", "demo-secret"))).toEqual({
      status: 200,
      body: { errcode: 40013, errmsg: "invalid appid" },
    });
    expect(await getJson(target(), wechatTokenPath("wx-demo-app", "wrong"))).toEqual({
      status: 200,
      body: { errcode: 40125, errmsg: "invalid appsecret" },
    });
    expect((await getJson(target(), "/cgi-bin/token?appid=wx-demo-app&secret=demo-secret")).body.errcode).toBe(40002);
  });

  it("POST /api/token issues a token from JSON or a form", async () => {
    const fromJson = await postJson(target(), "/api/token", DEMO_CREDENTIALS);
    expect(fromJson.status).toBe(200);
    expect(fromJson.body).toEqual({ access_token: expect.stringMatching(/^[0-9a-f]{32,}$/), expires_in: 1 });

    const res = await fetch(`${target().url}/api/token`, {
      method: "POST",
      body: new URLSearchParams(DEMO_CREDENTIALS),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { access_token: string }).access_token).toMatch(/^[0-9a-f]{32,}$/);
  });

  it("POST /api/token rejects bad credentials with 401", async () => {
    expect(await postJson(target(), "/api/token", { appid: "wx-demo-app", secret: "wrong" })).toEqual({
      status: 401,
      body: { errcode: 40125, errmsg: "invalid appsecret" },
    });
    expect((await postJson(target(), "/api/token", { appid: "other", secret: "x" })).status).toBe(401);
  });

  it("POST /api/token rejects a malformed or incomplete body with 400", async () => {
    const res = await fetch(`${target().url}/api/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errmsg: string }).errmsg).toMatch(/malformed JSON/);

    const missing = await postJson(target(), "/api/token", { appid: "wx-demo-app" });
    expect(missing).toEqual({ status: 400, body: { errcode: 400, errmsg: "appid and secret are required" } });
    expect((await postJson(target(), "/api/token", ["wx-demo-app"])).status).toBe(400);
  });

  it("tokens from either endpoint come from one store: the WeChat one rotates the API one", async () => {
    const first = (await postJson(target(), "/api/token", DEMO_CREDENTIALS)).body.access_token as string;
    await getJson(target(), wechatTokenPath("wx-demo-app", "demo-secret"));
    await new Promise((r) => setTimeout(r, 400)); // past the 0.3 s grace
    const { body } = await postJson(target(), "/api/activity", { input_token: first });
    expect(body.errcode).toBe(40001);
  });
});
