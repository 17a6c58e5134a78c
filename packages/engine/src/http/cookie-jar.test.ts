import { describe, expect, it } from "vitest";
import { CookieJar } from "./cookie-jar";

const NOW = Date.UTC(2026, 0, 1);
const at = (raw: string) => new URL(raw);

/** A jar holding the given Set-Cookie lines, as answered to a request for `from`. */
function jarWith(from: string, ...lines: string[]): CookieJar {
  const jar = new CookieJar();
  jar.store(at(from), lines, NOW);
  return jar;
}

describe("CookieJar", () => {
  it("sends a cookie without Domain back to the same host only", () => {
    const jar = jarWith("http://api.example.com/login", "sid=abc; HttpOnly; SameSite=Strict");
    expect(jar.header(at("http://api.example.com/"), NOW)).toBe("sid=abc");
    expect(jar.header(at("http://API.example.com:8080/x"), NOW)).toBe("sid=abc");
    expect(jar.header(at("http://sub.api.example.com/"), NOW)).toBeUndefined();
    expect(jar.header(at("http://example.com/"), NOW)).toBeUndefined();
  });

  it("sends a Domain cookie to that domain and its subdomains, not to look-alikes", () => {
    const jar = jarWith("https://a.example.com/", "d=1; Domain=.Example.COM; Path=/");
    for (const url of ["https://example.com/", "https://a.example.com/", "https://x.y.example.com/"]) {
      expect(jar.header(at(url), NOW)).toBe("d=1");
    }
    expect(jar.header(at("https://notexample.com/"), NOW)).toBeUndefined();
    expect(jar.header(at("https://example.com.evil.io/"), NOW)).toBeUndefined();
  });

  it("refuses a Domain the host does not belong to, a bare top-level domain, and Domain on an IP", () => {
    const jar = new CookieJar();
    jar.store(
      at("https://a.example.com/"),
      ["x=1; Domain=other.com", "y=2; Domain=b.example.com", "z=3; Domain=com"],
      NOW,
    );
    jar.store(at("http://10.0.0.1/"), "ip=1; Domain=0.0.1", NOW);
    for (const url of ["https://other.com/", "https://b.example.com/", "https://a.example.com/", "https://x.com/"]) {
      expect(jar.header(at(url), NOW)).toBeUndefined();
    }
    expect(jar.header(at("http://20.0.0.1/"), NOW)).toBeUndefined();
    expect(jar.header(at("http://10.0.0.1/"), NOW)).toBeUndefined();
  });

  it("treats Domain equal to the host as a domain cookie, and keeps host-only cookies on IP hosts", () => {
    const jar = jarWith("http://example.com/", "d=1; Domain=example.com");
    expect(jar.header(at("http://www.example.com/"), NOW)).toBe("d=1");
    const ip = jarWith("http://127.0.0.1:3000/", "s=1");
    expect(ip.header(at("http://127.0.0.1:3000/a"), NOW)).toBe("s=1");
  });

  it("defaults Path to the directory of the request path and matches on segment boundaries", () => {
    const jar = jarWith("http://h.test/api/v1/login?x=1", "p=1");
    expect(jar.header(at("http://h.test/api/v1"), NOW)).toBe("p=1");
    expect(jar.header(at("http://h.test/api/v1/orders/7"), NOW)).toBe("p=1");
    expect(jar.header(at("http://h.test/api/v10"), NOW)).toBeUndefined();
    expect(jar.header(at("http://h.test/api"), NOW)).toBeUndefined();
    // One slash, or a Path attribute that is not absolute: the root.
    const root = jarWith("http://h.test/login", "r=1", "q=2; Path=relative");
    expect(root.header(at("http://h.test/anything"), NOW)).toBe("r=1; q=2");
  });

  it("honours an explicit Path, sending longer paths first and then older cookies first", () => {
    const jar = jarWith("http://h.test/", "a=root; Path=/", "b=deep; Path=/shop/cart", "c=shop; Path=/shop/");
    expect(jar.header(at("http://h.test/shop/cart/items"), NOW)).toBe("b=deep; c=shop; a=root");
    expect(jar.header(at("http://h.test/shopping"), NOW)).toBe("a=root");
  });

  it("replaces a cookie with the same name, domain and path, keeping its place", () => {
    const jar = jarWith("http://h.test/", "a=1; Path=/", "b=1; Path=/");
    jar.store(at("http://h.test/"), "a=2; Path=/", NOW);
    jar.store(at("http://h.test/"), "a=other-path; Path=/x", NOW);
    expect(jar.header(at("http://h.test/"), NOW)).toBe("a=2; b=1");
    expect(jar.header(at("http://h.test/x"), NOW)).toBe("a=other-path; a=2; b=1");
  });

  it("expires cookies by Max-Age and Expires, Max-Age winning, and deletes on zero or a past date", () => {
    const jar = jarWith(
      "http://h.test/",
      "short=1; Max-Age=10",
      "dated=1; Expires=Thu, 01 Jan 2026 00:01:00 GMT",
      "wins=1; Expires=Wed, 01 Jan 2020 00:00:00 GMT; Max-Age=3600",
      "gone=1; Max-Age=0; Expires=Fri, 01 Jan 2100 00:00:00 GMT",
    );
    const url = at("http://h.test/");
    expect(jar.header(url, NOW)).toBe("short=1; dated=1; wins=1");
    expect(jar.header(url, NOW + 10_000)).toBe("dated=1; wins=1");
    expect(jar.header(url, NOW + 60_000)).toBe("wins=1");
    expect(jar.header(url, NOW + 3_600_000)).toBeUndefined();

    const del = jarWith("http://h.test/", "sid=1", "keep=1");
    del.store(url, "sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT", NOW);
    expect(del.header(url, NOW)).toBe("keep=1");
    del.store(url, "keep=; Max-Age=-1", NOW);
    expect(del.header(url, NOW)).toBeUndefined();
  });

  it("ignores an unparsable Expires or Max-Age, keeping a session cookie", () => {
    const jar = jarWith("http://h.test/", "a=1; Expires=not a date; Max-Age=soon");
    expect(jar.header(at("http://h.test/"), NOW + 365 * 86_400_000)).toBe("a=1");
  });

  it("sends Secure cookies over https only", () => {
    const jar = jarWith("https://h.test/", "s=1; Secure", "p=1");
    expect(jar.header(at("https://h.test/"), NOW)).toBe("s=1; p=1");
    expect(jar.header(at("http://h.test/"), NOW)).toBe("p=1");
  });

  it("ignores lines without a name=value pair, reads attributes case-insensitively, keeps values verbatim", () => {
    const jar = jarWith("http://h.test/a/b", "novalue", "=x", " t = a=b==; PATH=/; max-age=60", 'q="quoted"; path=/');
    expect(jar.header(at("http://h.test/"), NOW)).toBe('t=a=b==; q="quoted"');
    expect(jar.header(at("http://h.test/"), NOW + 61_000)).toBe('q="quoted"');
  });

  it("takes pre-split URL parts as well as a URL, and does nothing for no Set-Cookie", () => {
    const jar = new CookieJar();
    jar.store({ protocol: "https:", hostname: "h.test", pathname: "/v1/login" }, undefined, NOW);
    expect(jar.header({ protocol: "https:", hostname: "h.test", pathname: "/v1/x" }, NOW)).toBeUndefined();
    jar.store({ protocol: "https:", hostname: "h.test", pathname: "/v1/login" }, "k=v", NOW);
    expect(jar.header({ protocol: "https:", hostname: "h.test", pathname: "/v1/x" }, NOW)).toBe("k=v");
    expect(jar.header({ protocol: "https:", hostname: "h.test", pathname: "" }, NOW)).toBeUndefined();
  });

  it("keeps each VU's cookies apart and caps a domain's cookies, dropping the oldest", () => {
    const a = jarWith("http://h.test/", "sid=a");
    const b = jarWith("http://h.test/", "sid=b");
    expect([a.header(at("http://h.test/"), NOW), b.header(at("http://h.test/"), NOW)]).toEqual(["sid=a", "sid=b"]);
    const many = jarWith("http://h.test/", ...Array.from({ length: 200 }, (_, i) => `c${i}=1`));
    const sent = many.header(at("http://h.test/"), NOW)!.split("; ");
    expect(sent).toHaveLength(180);
    expect(sent[0]).toBe("c20=1");
  });
});
