import { describe, expect, it } from "vitest";
import { getJson, useDemoTarget } from "../test-support";

describe("open routes and routing errors", () => {
  const target = useDemoTarget();

  it("GET /hello answers plain text without a token", async () => {
    const res = await fetch(`${target().url}/hello`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toBe("hello");
  });

  it("GET /api/items pages through ten items at a time", async () => {
    const { status, body } = await getJson(target(), "/api/items?page=3");
    expect(status).toBe(200);
    expect(body).toMatchObject({ errcode: 0, page: 3, nextPage: 4 });
    expect(body.items).toHaveLength(10);
    expect(body.items[0]).toMatchObject({ id: "item-21", name: "Item 21" });
    expect((await getJson(target(), "/api/items")).body.items[0].id).toBe("item-1");
    expect((await getJson(target(), "/api/items?page=0")).status).toBe(400);
  });

  it("answers an unknown path with 404 and a known path with the wrong method with 405", async () => {
    expect(await getJson(target(), "/x?y=1")).toEqual({
      status: 404,
      body: { errcode: 404, errmsg: "no route GET /x" },
    });
    const res = await fetch(`${target().url}/api/activity`);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect(((await res.json()) as { errcode: number }).errcode).toBe(405);
  });

  it("answers a body over 1 MB with 413 and keeps serving", async () => {
    const res = await fetch(`${target().url}/api/activity`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "x".repeat(1024 * 1024 + 1),
    });
    expect(res.status).toBe(413);
    await res.arrayBuffer();
    expect((await fetch(`${target().url}/hello`)).status).toBe(200);
  });

  it("answers an unsupported content-type with 415", async () => {
    const res = await fetch(`${target().url}/api/token`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "appid=wx-demo-app",
    });
    expect(res.status).toBe(415);
  });
});
