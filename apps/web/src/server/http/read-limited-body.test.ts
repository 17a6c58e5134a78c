import { describe, expect, it } from "vitest";
import { readLimitedBody } from "./read-limited-body";

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
      controller.close();
    },
  });

const post = (body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "PUT", body, headers, duplex: "half" } as RequestInit);

describe("readLimitedBody", () => {
  it("reads a body up to the limit", async () => {
    const read = await readLimitedBody(post(streamOf("ab", "cd")), 4);
    expect(read.tooLarge).toBe(false);
    expect(new TextDecoder().decode((read as { bytes: Uint8Array }).bytes)).toBe("abcd");
  });

  it("refuses a declared Content-Length above the limit without reading", async () => {
    const request = post("abcdef", { "content-length": "6" });
    expect(await readLimitedBody(request, 5)).toEqual({ tooLarge: true });
    expect(request.bodyUsed).toBe(false);
  });

  it("stops a streamed body once it passes the limit", async () => {
    expect(await readLimitedBody(post(streamOf("abc", "def", "ghi")), 5)).toEqual({ tooLarge: true });
  });
});
