import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook } from "./sign";

describe("webhook signature", () => {
  it("is the hex HMAC-SHA256 of timestamp.body under the secret", () => {
    const expected = createHmac("sha256", "s3cret").update('1700000000.{"a":1}').digest("hex");
    expect(signWebhook("s3cret", "1700000000", '{"a":1}')).toBe(`sha256=${expected}`);
  });

  it("verifies only the same secret, timestamp and body", () => {
    const sig = signWebhook("s3cret", "1700000000", "{}");
    expect(verifyWebhook("s3cret", "1700000000", "{}", sig)).toBe(true);
    expect(verifyWebhook("other", "1700000000", "{}", sig)).toBe(false);
    expect(verifyWebhook("s3cret", "1700000001", "{}", sig)).toBe(false);
    expect(verifyWebhook("s3cret", "1700000000", "{ }", sig)).toBe(false);
    expect(verifyWebhook("s3cret", "1700000000", "{}", "sha256=short")).toBe(false);
  });
});
