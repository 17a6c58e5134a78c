import { describe, expect, it } from "vitest";
import { getJson, issueToken, postJson, sleep, useDemoTarget } from "../test-support";

const INVALID = { errcode: 40001, errmsg: "invalid credential, access_token is invalid or not latest" };
const EXPIRED = { errcode: 42001, errmsg: "access_token expired" };
const MISSING = { errcode: 41001, errmsg: "access_token missing" };

describe("POST /api/activity", () => {
  const target = useDemoTarget();

  it("joins with a token from the JSON body and echoes activity_id and user", async () => {
    const token = await issueToken(target());
    const res = await postJson(target(), "/api/activity", { input_token: token, activity_id: "A-7", user: { id: 9 } });
    expect(res).toEqual({
      status: 200,
      body: {
        errcode: 0,
        errmsg: "ok",
        data: { activityId: "A-7", joined: true, appid: "wx-demo-app", user: { id: 9 } },
      },
    });
  });

  it("accepts the token from a form field, a Bearer header or X-Access-Token", async () => {
    const token = await issueToken(target());
    const form = await fetch(`${target().url}/api/activity`, {
      method: "POST",
      body: new URLSearchParams({ input_token: token, activity_id: "F-1" }),
    });
    expect(form.status).toBe(200);
    expect(((await form.json()) as { data: { activityId: string } }).data.activityId).toBe("F-1");
    expect((await postJson(target(), "/api/activity", {}, { authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await postJson(target(), "/api/activity", {}, { "x-access-token": token })).status).toBe(200);
  });

  it("answers 401 with 41001 when no token is sent and 40001 for an unknown one", async () => {
    expect(await postJson(target(), "/api/activity", { activity_id: "A" })).toEqual({ status: 401, body: MISSING });
    expect(await postJson(target(), "/api/activity", { input_token: "deadbeef" })).toEqual({
      status: 401,
      body: INVALID,
    });
    expect(await postJson(target(), "/api/activity", {}, { authorization: "Basic abc" })).toEqual({
      status: 401,
      body: MISSING,
    });
  });
});

describe("token lifetime (ttl 1 s, grace 0.3 s)", () => {
  const target = useDemoTarget();

  it("answers 42001 once the token is past its ttl", async () => {
    const token = await issueToken(target());
    expect((await postJson(target(), "/api/activity", { input_token: token })).status).toBe(200);
    await sleep(1_100);
    expect(await postJson(target(), "/api/activity", { input_token: token })).toEqual({ status: 401, body: EXPIRED });
  });

  it("keeps the previous token for the grace period after a new issue, then rejects it as not latest", async () => {
    const previous = await issueToken(target());
    const latest = await issueToken(target());
    expect((await postJson(target(), "/api/activity", { input_token: previous })).status).toBe(200);
    await sleep(400);
    expect(await postJson(target(), "/api/activity", { input_token: previous })).toEqual({
      status: 401,
      body: INVALID,
    });
    expect((await postJson(target(), "/api/activity", { input_token: latest })).status).toBe(200);
  });

  it("rejects a replaced token once its grace period is over, however many tokens came after it", async () => {
    const oldest = await issueToken(target());
    await issueToken(target());
    await issueToken(target());
    expect((await postJson(target(), "/api/activity", { input_token: oldest })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 400));
    expect(await postJson(target(), "/api/activity", { input_token: oldest })).toEqual({ status: 401, body: INVALID });
  });
});

describe("POST /wechat/activity (HTTP 200 always)", () => {
  const target = useDemoTarget();

  it("takes the token from the query string or the JSON body", async () => {
    const token = await issueToken(target());
    const viaQuery = await postJson(target(), `/wechat/activity?access_token=${token}`, { activity_id: "W-1" });
    expect(viaQuery).toEqual({
      status: 200,
      body: { errcode: 0, errmsg: "ok", data: { activityId: "W-1", joined: true, appid: "wx-demo-app" } },
    });
    expect((await postJson(target(), "/wechat/activity", { access_token: token })).body.errcode).toBe(0);
  });

  it("reports missing, invalid and expired tokens in errcode with HTTP 200", async () => {
    expect(await postJson(target(), "/wechat/activity", {})).toEqual({ status: 200, body: MISSING });
    expect(await postJson(target(), "/wechat/activity?access_token=nope", {})).toEqual({ status: 200, body: INVALID });
    const token = await issueToken(target());
    await sleep(1_100);
    expect(await postJson(target(), `/wechat/activity?access_token=${token}`, {})).toEqual({
      status: 200,
      body: EXPIRED,
    });
  });

  it("answers a malformed body with errcode 47001", async () => {
    const res = await fetch(`${target().url}/wechat/activity`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { errcode: number }).errcode).toBe(47001);
  });
});

describe("GET /api/profile", () => {
  const target = useDemoTarget({ tokenTtlSeconds: 60 });

  it("returns the user for a header token and 401 without one", async () => {
    const token = await issueToken(target());
    const ok = await getJson(target(), "/api/profile", { authorization: `Bearer ${token}` });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ errcode: 0, user: { appid: "wx-demo-app" } });
    expect((await getJson(target(), "/api/profile", { "x-access-token": token })).status).toBe(200);
    expect(await getJson(target(), "/api/profile")).toEqual({ status: 401, body: MISSING });
    expect(await getJson(target(), "/api/profile", { authorization: "Bearer nope" })).toEqual({
      status: 401,
      body: INVALID,
    });
  });
});
