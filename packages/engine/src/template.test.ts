import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compileTemplate } from "./template";
import { formatDate } from "./template-functions";

const render = (source: string, params: Record<string, string> = {}) => compileTemplate(source).render(params);

describe("templates", () => {
  it("substitutes parameters and leaves undefined ones as written", () => {
    expect(render("Bearer ${token}", { token: "abc" })).toBe("Bearer abc");
    expect(render('{"t":"${ token }","u":"${user}"}', { token: "x" })).toBe('{"t":"x","u":"${user}"}');
    expect(compileTemplate("a ${x} b ${y.z}").refs).toEqual(["x", "y.z"]);
    expect(render("no refs $ { here } ${not a name}")).toBe("no refs $ { here } ${not a name}");
  });

  it("calls built-in functions, with parameters and nested calls as arguments", () => {
    const params = { secret: "s3cret", body: "a=1&b=2" };
    expect(render("${__md5(${body})}", params)).toBe(createHash("md5").update("a=1&b=2").digest("hex"));
    expect(render("${__hmac(sha256, ${secret}, ${body})}", params)).toBe(
      createHmac("sha256", "s3cret").update("a=1&b=2").digest("hex"),
    );
    expect(render("${__base64(${__upper(ab)})}")).toBe(Buffer.from("AB").toString("base64"));
    expect(render("${__base64decode(QUI=)}")).toBe("AB");
    expect(render("${__urlencode(a b&c)}")).toBe("a%20b%26c");
    expect(render("${__sha1(x\\, y)}")).toBe(createHash("sha1").update("x, y").digest("hex"));
    expect(render("${__uuid()}")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("draws random integers inside the bounds, both included", () => {
    const seen = new Set(Array.from({ length: 300 }, () => Number(render("${__random(1, 3)}"))));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it("gives timestamps in ms or s and formats dates", () => {
    const ms = Number(render("${__timestamp()}"));
    const s = Number(render("${__timestamp(s)}"));
    expect(Math.abs(ms - Date.now())).toBeLessThan(5000);
    expect(Math.abs(s - Date.now() / 1000)).toBeLessThan(5);
    expect(formatDate(new Date(2026, 0, 2, 3, 4, 5, 6), "yyyy-MM-dd HH:mm:ss.SSS")).toBe("2026-01-02 03:04:05.006");
  });

  it("refuses an unknown function at compile time and bad arguments at render time, saying which", () => {
    expect(() => compileTemplate("${__nope(1)}")).toThrow(/unknown function __nope\(\)/);
    expect(() => compileTemplate("http://h/${user")).toThrow(/unclosed "\$\{" at character 10/);
    expect(() => render("${__random(5, 1)}")).toThrow(/min <= max/);
    expect(() => render("${__md5()}")).toThrow(/__md5\(\) takes 1 argument/);
  });
});

describe("binding fixed parameters", () => {
  it("writes fixed values in, keeps the other references and function calls live", () => {
    const t = compileTemplate("${base}/v1?app=${appid}&u=${user}&sig=${__md5(${secret}${user})}");
    const bound = t.bind({ base: "http://h", appid: "wx1", secret: "s" });
    expect(bound.constant).toBe(false);
    expect(bound.refs).toEqual(t.refs);
    expect(bound.render({ user: "u1" })).toBe(t.render({ base: "http://h", appid: "wx1", secret: "s", user: "u1" }));
    expect(bound.render({ user: "u1", base: "ignored" })).toContain("http://h/v1");
  });

  it("turns a template of fixed references only into a constant", () => {
    const bound = compileTemplate("${base}/token?appid=${appid}").bind({ base: "http://h", appid: "wx1" });
    expect(bound.constant).toBe(true);
    expect(bound.render({})).toBe("http://h/token?appid=wx1");
    expect(compileTemplate("${__uuid()}").bind({}).constant).toBe(false);
  });
});
