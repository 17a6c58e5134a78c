import { describe, expect, it } from "vitest";
import { route } from "./fast-routes";

/** Splits a complete response into status line, headers and body. */
function parse(response: Buffer | string) {
  const text = typeof response === "string" ? response : response.toString("latin1");
  const [head = "", body = ""] = text.split("\r\n\r\n");
  const [status, ...headers] = head.split("\r\n");
  return { status, headers, body };
}

const activity = (token: string) => Buffer.from(JSON.stringify({ input_token: token, activity_id: "A-1001" }));

describe("fast target routes", () => {
  it("answers GET /hello like target-hello", () => {
    const res = parse(route("GET", "/hello", undefined));
    expect(res.status).toBe("HTTP/1.1 200 OK");
    expect(res.headers).toContain("Content-Type: text/plain");
    expect(res.headers).toContain("Content-Length: 5");
    expect(res.body).toBe("hello");
  });

  it("counts the requests it answered, not the count requests themselves", () => {
    const count = () => (JSON.parse(parse(route("GET", "/__count", undefined)).body) as { requests: number }).requests;
    const before = count();
    route("GET", "/hello", undefined);
    route("GET", "/missing", undefined);
    expect(count()).toBe(before + 2);
  });

  it("accepts any POST /api/order with a JSON answer", () => {
    const res = parse(route("POST", "/api/order", Buffer.from('{"qty":1}')));
    expect(res.status).toBe("HTTP/1.1 200 OK");
    expect(res.headers).toContain(`Content-Length: ${res.body.length}`);
    expect(JSON.parse(res.body)).toEqual({ errcode: 0, errmsg: "ok" });
  });

  it("issues a new 40-hex-character token per request, with a correct Content-Length", () => {
    const tokens = [1, 2].map(() => {
      const res = parse(route("GET", "/cgi-bin/token?grant_type=client_credential&appid=a&secret=s", undefined));
      expect(res.headers).toContain(`Content-Length: ${res.body.length}`);
      const body = JSON.parse(res.body) as { access_token: string; expires_in: number };
      expect(body.access_token).toMatch(/^[0-9a-f]{40}$/);
      expect(body.expires_in).toBe(7200);
      return body.access_token;
    });
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  it("accepts only tokens it issued on POST /api/activity", () => {
    const res = parse(route("GET", "/cgi-bin/token", undefined));
    const token = (JSON.parse(res.body) as { access_token: string }).access_token;
    const joined = parse(route("POST", "/api/activity", activity(token)));
    expect(joined.status).toBe("HTTP/1.1 200 OK");
    expect(JSON.parse(joined.body)).toEqual({ errcode: 0, errmsg: "ok", data: { activityId: "A-1001", joined: true } });

    const notYetIssued = token.slice(0, 28) + "f".repeat(12);
    const foreign = "0".repeat(28) + token.slice(28);
    for (const bad of [notYetIssued, foreign, token.slice(1), "deadbeef"]) {
      const refused = parse(route("POST", "/api/activity", activity(bad)));
      expect(refused.status).toBe("HTTP/1.1 401 Unauthorized");
      expect((JSON.parse(refused.body) as { errcode: number }).errcode).toBe(40001);
    }
    expect(parse(route("POST", "/api/activity", undefined)).status).toBe("HTTP/1.1 401 Unauthorized");
  });

  it("answers 404 to anything else", () => {
    expect(parse(route("GET", "/cgi-bin/tokens", undefined)).status).toBe("HTTP/1.1 404 Not Found");
    expect(parse(route("POST", "/hello", undefined)).status).toBe("HTTP/1.1 404 Not Found");
  });
});
