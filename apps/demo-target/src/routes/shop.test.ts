import { describe, expect, it } from "vitest";
import { DEMO_CREDENTIALS, useDemoTarget } from "../test-support";

describe("the shop site", () => {
  const target = useDemoTarget();

  it("serves the sign-in page with the demo app's credentials and its assets", async () => {
    const res = await fetch(`${target().url}/shop/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain(`data-appid="${DEMO_CREDENTIALS.appid}"`);
    expect(page).toContain(`data-secret="${DEMO_CREDENTIALS.secret}"`);
    expect(page).toContain(">Sign in</button>");

    const style = await fetch(`${target().url}/shop/style.css`);
    expect(style.headers.get("content-type")).toMatch(/^text\/css/);
    const script = await fetch(`${target().url}/shop/app.js`);
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain('fetch("/api/token"');
  });

  it("serves the items page and sends /shop to /shop/", async () => {
    expect((await fetch(`${target().url}/shop/items`)).status).toBe(200);
    const res = await fetch(`${target().url}/shop`, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/shop/");
  });

  it("escapes credentials into the page", async () => {
    const { createDemoTarget } = await import("../server");
    const odd = await createDemoTarget({ port: 0, apps: [{ appid: 'a"<b>', secret: "s&t" }] });
    try {
      const page = await (await fetch(`${odd.url}/shop/`)).text();
      expect(page).toContain('data-appid="a&#34;&#60;b&#62;"');
      expect(page).toContain('data-secret="s&#38;t"');
    } finally {
      await odd.close();
    }
  });
});
