import { readFileSync } from "node:fs";
import { ZScenarioSpec } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { buildScenario } from "../build/build-scenario";
import { parseCurl } from "./parse-curl";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

/** The one request of a command, with its notes. */
function one(text: string) {
  const preview = parseCurl(text);
  expect(preview.requests).toHaveLength(1);
  return { ...preview.requests[0]!, notes: preview.notes.map((n) => `${n.where}: ${n.message}`) };
}

describe("parseCurl: Chromium's Copy as cURL", () => {
  const bash = parseCurl(fixture("chromium-bash.txt"));

  it('reads "Copy all as cURL (bash)": each command, its headers, cookies and body', () => {
    expect(bash.requests.map((r) => `${r.where} ${r.method} ${r.url}`)).toEqual([
      "line 1 POST http://127.0.0.1:4000/api/token",
      "line 12 GET http://127.0.0.1:4000/api/items?access_token=tok-9123&page=1&q=50%25",
      "line 14 POST http://127.0.0.1:4000/api/notes",
    ]);
    const [token] = bash.requests;
    expect(token!.headers.map((h) => h.name)).toEqual([
      "Accept",
      "Accept-Language",
      "Origin",
      "Referer",
      "User-Agent",
      "sec-ch-ua",
      "Cookie",
    ]);
    expect(token!.headers.find((h) => h.name === "sec-ch-ua")!.value).toBe(
      '"Google Chrome";v="131", "Chromium";v="131"',
    );
    expect(token!.headers.find((h) => h.name === "Cookie")!.value).toBe("sid=abc123; theme=dark");
    expect(token!.body).toEqual({ type: "json", json: '{"appid":"wx123","secret":"s3cr3t-value"}' });
    expect(bash.notes).toEqual([]);
  });

  it("undoes $'...' escapes: quotes, \\u0021, line breaks and backslashes", () => {
    // Not JSON (a raw line break inside a string), so it stays raw text with its content type.
    expect(bash.requests[2]!.body).toEqual({
      type: "raw",
      text: '{"text":"it\'s done!\nsecond line","path":"C:\\\\tmp"}',
      contentType: "application/json",
    });
  });

  it('reads "Copy all as cURL (cmd)" to the same requests', () => {
    expect(parseCurl(fixture("chromium-cmd.txt"))).toEqual(bash);
  });

  it("builds into a scenario the contract accepts", () => {
    const spec = ZScenarioSpec.parse(buildScenario(bash, { include: [0, 1, 2] }).spec);
    expect(spec.flows[0]!.steps.map((s) => s.name)).toEqual(["POST /api/token", "GET /api/items", "POST /api/notes"]);
  });
});

describe("parseCurl: options", () => {
  it("sends -d data as a form POST unless the content type says otherwise", () => {
    const form = one("curl http://127.0.0.1:4000/api/cart -d item=it-1 -d 'qty=2'");
    expect(form).toMatchObject({ method: "POST", body: { type: "form", fields: [{ name: "item" }, { name: "qty" }] } });
    const text = one("curl 127.0.0.1:4000/api/echo -H 'Content-Type: text/plain' --data-binary 'hello'");
    expect(text).toMatchObject({ url: "http://127.0.0.1:4000/api/echo", body: { type: "raw", text: "hello" } });
    expect(text.headers).toEqual([]);
    const noType = one("curl http://127.0.0.1/x -d '{\"a\":1}'");
    expect(noType.body).toEqual({ type: "raw", text: '{"a":1}', contentType: "application/x-www-form-urlencoded" });
  });

  it("reads -X, -u, -A, -e, -b, -L, -I, --json, --oauth2-bearer and combined short options", () => {
    const put = one("curl -sSLXPUT -u alice:pa55 -A 'bench/1' -e http://127.0.0.1/ -b 'a=1' http://127.0.0.1/x");
    expect(put).toMatchObject({ method: "PUT", followRedirects: true });
    expect(put.headers).toEqual([
      { name: "Authorization", value: `Basic ${btoa("alice:pa55")}` },
      { name: "User-Agent", value: "bench/1" },
      { name: "Referer", value: "http://127.0.0.1/" },
      { name: "Cookie", value: "a=1" },
    ]);
    expect(one("curl -I http://127.0.0.1/health").method).toBe("HEAD");
    const json = one(`curl --json '{"q":1}' http://127.0.0.1/search`);
    expect(json).toMatchObject({ method: "POST", body: { type: "json", json: '{"q":1}' } });
    expect(json.headers).toEqual([{ name: "Accept", value: "application/json" }]);
    expect(one("curl --oauth2-bearer t0k http://127.0.0.1/me").headers).toEqual([
      { name: "Authorization", value: "Bearer t0k" },
    ]);
  });

  it("moves -G data into the query and encodes --data-urlencode values", () => {
    const get = one("curl -G http://127.0.0.1/search?lang=en -d q=shoes --data-urlencode 'name=a b&c'");
    expect(get).toMatchObject({ method: "GET", url: "http://127.0.0.1/search?lang=en&q=shoes&name=a%20b%26c" });
    expect(get.body).toEqual({ type: "none" });
  });

  it("notes what it does not import, naming the line", () => {
    const r = one("curl http://127.0.0.1/x \\\n  --foo \\\n  -o out.json -F 'f=@a.png' \\\n  -d @body.json");
    expect(r.notes).toEqual([
      "line 2: option --foo is not imported",
      "line 3: option -o is not imported",
      "line 3: option -F is not imported",
      "line 4: data from file @body.json is not imported",
    ]);
    const preview = parseCurl("curl -X PROPFIND http://127.0.0.1/dav\n\ncurl ftp://127.0.0.1/f");
    expect(preview.requests).toEqual([]);
    expect(preview.notes.map((n) => `${n.where}: ${n.message}`)).toEqual([
      "line 1: method PROPFIND is not imported (supported: GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)",
      'line 3: "ftp://127.0.0.1/f" is not an http(s) URL; not imported',
    ]);
  });
});

describe("parseCurl: many commands", () => {
  it("starts a command at each curl, continues one on lines without a backslash, and notes stray lines", () => {
    const text = [
      "# the shop flow",
      "curl http://127.0.0.1/a",
      "  -H 'X-Step: 1'",
      "",
      "curl http://127.0.0.1/b && curl http://127.0.0.1/c",
      "",
      "echo done",
    ].join("\n");
    const preview = parseCurl(text);
    expect(preview.requests.map((r) => [r.where, r.url, r.headers.length])).toEqual([
      ["line 2", "http://127.0.0.1/a", 1],
      ["line 5", "http://127.0.0.1/b", 0],
      ["line 5", "http://127.0.0.1/c", 0],
    ]);
    expect(preview.notes).toEqual([{ where: "line 7", message: '"echo" is not a curl command; not imported' }]);
  });
});

describe("parseCurl: what cannot be read", () => {
  it("names the line of a quote that never closes", () => {
    expect(() => parseCurl("curl http://127.0.0.1/a\ncurl -H 'X-A: 1 http://127.0.0.1/b")).toThrow(
      "line 2: unterminated single quote",
    );
    expect(() => parseCurl('curl http://127.0.0.1/a \\\n  -d "x=1')).toThrow("line 2: unterminated double quote");
    expect(() => parseCurl("curl $'abc")).toThrow("line 1: unterminated $'...' quote");
    expect(() => parseCurl('curl ^"http://127.0.0.1/^" ^\n  -H ^"X-A: 1')).toThrow("line 2: unterminated double quote");
  });

  it("says when there is no curl command at all", () => {
    expect(() => parseCurl("\n  \n")).toThrow("file: no curl command found: each command starts with curl");
  });
});
