import { describe, expect, it } from "vitest";
import { apiKeyStatus, parseExpiryDays } from "./api-key-status";

describe("apiKeyStatus", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");

  it("reads a key with no expiry and no revocation as active", () => {
    expect(apiKeyStatus({ revokedAt: null, expiresAt: null }, now)).toBe("active");
    expect(apiKeyStatus({ revokedAt: null, expiresAt: "2026-03-02T00:00:00Z" }, now)).toBe("active");
  });

  it("reads a key past its expiry as expired, from the instant it expires", () => {
    expect(apiKeyStatus({ revokedAt: null, expiresAt: "2026-03-01T12:00:00Z" }, now)).toBe("expired");
  });

  it("says revoked for a revoked key even when it has expired since", () => {
    expect(apiKeyStatus({ revokedAt: "2026-02-01T00:00:00Z", expiresAt: "2026-02-15T00:00:00Z" }, now)).toBe("revoked");
  });
});

describe("parseExpiryDays", () => {
  it("treats an empty field as never", () => {
    expect(parseExpiryDays("  ")).toEqual({ days: null });
  });

  it("passes whole numbers on, out-of-range ones too, so the API names its limits", () => {
    expect(parseExpiryDays("30")).toEqual({ days: 30 });
    expect(parseExpiryDays("0")).toEqual({ days: 0 });
  });

  it("refuses what is not a whole number instead of sending it as never", () => {
    expect(parseExpiryDays("1.5")).toEqual({ error: 'expires after: "1.5" is not a whole number of days' });
    expect(parseExpiryDays("abc")).toHaveProperty("error");
  });
});
