import { describe, expect, it } from "vitest";
import { BadRequestError, errorResponse, PayloadTooLargeError } from "./errors";
import { MAX_JSON_BODY_BYTES, readJsonBody, readRequiredJsonBody } from "./read-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/scenarios", { method: "POST", body, headers });

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const response = errorResponse(error);
    return { status: response.status, body: (await response.json()) as { error: string; issues?: string[] } };
  }
  throw new Error("expected a refusal");
}

describe("readJsonBody", () => {
  it("parses JSON, and reads an empty body as undefined", async () => {
    expect(await readJsonBody(post('{"a":[1]}'))).toEqual({ a: [1] });
    expect(await readJsonBody(post("  "))).toBeUndefined();
  });

  it("refuses a body over the cap with 413 naming the limit, before reading a declared-too-large one", async () => {
    const request = post("{}", { "content-length": String(MAX_JSON_BODY_BYTES + 1) });
    const answer = await refusal(readJsonBody(request));
    expect(answer.status).toBe(413);
    expect(answer.body.error).toBe(
      "the request body is larger than 1 MB (1048576 bytes), the most this endpoint accepts",
    );
    expect(request.bodyUsed).toBe(false);
    await expect(readJsonBody(post(`"${"x".repeat(MAX_JSON_BODY_BYTES)}"`))).rejects.toBeInstanceOf(
      PayloadTooLargeError,
    );
  });

  it("takes a route's own larger limit", async () => {
    const big = `"${"x".repeat(MAX_JSON_BODY_BYTES)}"`;
    expect(((await readJsonBody(post(big), 2 * MAX_JSON_BODY_BYTES)) as string).length).toBe(MAX_JSON_BODY_BYTES);
  });

  it("answers 400 naming the field for a NUL or a lone surrogate, escaped or raw", async () => {
    const nul = await refusal(readJsonBody(post('{"spec":{"flows":[{"steps":[{},{},{"name":"a\\u0000"}]}]}}')));
    expect(nul).toEqual({
      status: 400,
      body: { error: "invalid request", issues: ["spec.flows.0.steps.2.name: contains a NUL character (\\u0000)"] },
    });
    const lone = await refusal(readJsonBody(post('{"name":"\\ud800"}')));
    expect(lone.body.issues).toEqual([
      "name: contains a lone surrogate (half of a UTF-16 pair), which is not valid Unicode",
    ]);
    expect((await refusal(readJsonBody(post('"\\u0000"')))).body.issues?.[0]).toMatch(/^body: contains a NUL/);
  });

  it("answers 400 for bytes that are not UTF-8 or not JSON, and for a missing required body", async () => {
    await expect(readJsonBody(post(new Uint8Array([0x22, 0xff, 0x22])))).rejects.toEqual(
      new BadRequestError(["body: not valid UTF-8"]),
    );
    await expect(readJsonBody(post("{"))).rejects.toEqual(new BadRequestError(["body: not valid JSON"]));
    await expect(readRequiredJsonBody(post(""))).rejects.toEqual(
      new BadRequestError(["body: a JSON body is required"]),
    );
  });
});
