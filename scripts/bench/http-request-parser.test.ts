import { describe, expect, it } from "vitest";
import { RequestParser } from "./http-request-parser";

interface Seen {
  method: string;
  target: string;
  body: string | undefined;
  close: boolean;
}

function parserWithLog() {
  const seen: Seen[] = [];
  const parser = new RequestParser((method, target, body, close) =>
    // Copied at once: the body is a view into bytes the parser may drop after the callback.
    seen.push({ method, target, body: body?.toString("latin1"), close }),
  );
  return { seen, push: (text: string) => parser.push(Buffer.from(text, "latin1")) };
}

const GET = "GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
const POST_BODY = '{"input_token":"abc","activity_id":"A-1001"}';
const POST = `POST /api/activity HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${POST_BODY.length}\r\n\r\n${POST_BODY}`;
const hello: Seen = { method: "GET", target: "/hello", body: undefined, close: false };
const activity: Seen = { method: "POST", target: "/api/activity", body: POST_BODY, close: false };

describe("RequestParser", () => {
  it("reads one request per chunk", () => {
    const { seen, push } = parserWithLog();
    expect(push(GET)).toBe(true);
    expect(push(POST)).toBe(true);
    expect(seen).toEqual([hello, activity]);
  });

  it("reads two requests that arrive in one chunk (pipelining)", () => {
    const { seen, push } = parserWithLog();
    expect(push(POST + GET)).toBe(true);
    expect(seen).toEqual([activity, hello]);
  });

  it("waits for a head split over several chunks, including inside the blank line", () => {
    const { seen, push } = parserWithLog();
    push("GET /hel");
    push("lo HTTP/1.1\r\nHost: 127.0.0.1\r");
    push("\n\r");
    expect(seen).toEqual([]);
    push("\n");
    expect(seen).toEqual([hello]);
  });

  it("waits for a body split over several chunks", () => {
    const { seen, push } = parserWithLog();
    const cut = POST.length - 10;
    push(POST.slice(0, cut));
    push(POST.slice(cut, cut + 4));
    expect(seen).toEqual([]);
    push(POST.slice(cut + 4) + GET.slice(0, 5));
    expect(seen).toEqual([activity]);
    push(GET.slice(5));
    expect(seen).toEqual([activity, hello]);
  });

  it("gives the same requests whatever the chunk boundaries (fed byte by byte)", () => {
    const { seen, push } = parserWithLog();
    for (const byte of GET + POST + POST + GET) push(byte);
    expect(seen).toEqual([hello, activity, activity, hello]);
  });

  it("reads header names in any case and blanks around Content-Length", () => {
    const { seen, push } = parserWithLog();
    push("POST /api/activity HTTP/1.1\r\ncOnTeNt-LeNgTh:  3 \r\n\r\nabcGET /hello HTTP/1.1\r\n\r\n");
    expect(seen).toEqual([{ ...activity, body: "abc" }, hello]);
  });

  it("flags Connection: close and reads nothing after it", () => {
    const { seen, push } = parserWithLog();
    push(`GET /hello HTTP/1.1\r\nConnection: close\r\n\r\n${GET}`);
    expect(seen).toEqual([{ ...hello, close: true }]);
  });

  it("refuses malformed requests, chunked bodies and oversized heads", () => {
    for (const bad of [
      "GARBAGE\r\n\r\n",
      "POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
      `GET /${"a".repeat(20_000)}`,
    ]) {
      const { seen, push } = parserWithLog();
      expect(push(bad)).toBe(false);
      expect(seen).toEqual([]);
    }
  });
});
