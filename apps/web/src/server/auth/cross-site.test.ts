import { describe, expect, it } from "vitest";
import { crossSiteWriteReason } from "./cross-site";

const CONSOLE = "http://127.0.0.1:3100";

function request(method: string, headers: Record<string, string>, url = `${CONSOLE}/api/v1/scenarios`) {
  return new Request(url, { method, headers: { host: "127.0.0.1:3100", ...headers } });
}

const json = { "content-type": "application/json" };

describe("crossSiteWriteReason", () => {
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(crossSiteWriteReason(request(method, { origin: "http://evil.example" }))).toBeNull();
      expect(crossSiteWriteReason(request(method, { "sec-fetch-site": "cross-site" }))).toBeNull();
      expect(crossSiteWriteReason(request(method, {}))).toBeNull();
    }
  });

  it("lets a JSON write from the console's own origin through, for every write method", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"])
      expect(crossSiteWriteReason(request(method, { origin: CONSOLE, ...json }))).toBeNull();
    // A body-less POST (stop a run) has no content type.
    expect(crossSiteWriteReason(request("POST", { origin: CONSOLE }))).toBeNull();
    // Parameters on the content type do not matter.
    const charset = { origin: CONSOLE, "content-type": "Application/JSON; charset=utf-8" };
    expect(crossSiteWriteReason(request("POST", charset))).toBeNull();
  });

  it("refuses a write whose Origin names another host or another port", () => {
    for (const origin of ["http://evil.example", "http://127.0.0.1:4000", "http://localhost:3100", "https://127.0.0.1"])
      expect(crossSiteWriteReason(request("POST", { origin, ...json }))).toContain(origin);
    expect(crossSiteWriteReason(request("DELETE", { origin: "http://evil.example" }))).toContain("evil.example");
  });

  it("refuses an Origin that is not a URL, such as the opaque origin 'null'", () => {
    expect(crossSiteWriteReason(request("POST", { origin: "null", ...json }))).toContain("null");
  });

  it("judges the Origin against the host a proxy forwarded, not the proxy's own", () => {
    const proxied = { host: "10.0.0.5:3000", "x-forwarded-host": "load.example.com" };
    expect(crossSiteWriteReason(request("POST", { ...proxied, origin: "https://load.example.com", ...json }))).toBe(
      null,
    );
    expect(crossSiteWriteReason(request("POST", { ...proxied, origin: "http://10.0.0.5:3000", ...json }))).not.toBe(
      null,
    );
  });

  it("without an Origin, goes by Sec-Fetch-Site: only same-origin passes", () => {
    expect(crossSiteWriteReason(request("POST", { "sec-fetch-site": "same-origin", ...json }))).toBeNull();
    // Another port on the same host is the same site, but not the same origin.
    expect(crossSiteWriteReason(request("POST", { "sec-fetch-site": "same-site", ...json }))).toContain("same-site");
    expect(crossSiteWriteReason(request("POST", { "sec-fetch-site": "cross-site", ...json }))).toContain("cross-site");
    // "none": typed or bookmarked by the user, never a write the console's pages make.
    expect(crossSiteWriteReason(request("PUT", { "sec-fetch-site": "none", ...json }))).toContain("none");
  });

  it("refuses a cookie write with neither Origin nor Sec-Fetch-Site, and says to use an API key", () => {
    expect(crossSiteWriteReason(request("POST", json))).toContain("API key");
    expect(crossSiteWriteReason(request("DELETE", {}))).toContain("Origin");
  });

  it("refuses the bodies a cross-site form can send, even with the right Origin", () => {
    for (const type of ["text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"]) {
      const reason = crossSiteWriteReason(request("POST", { origin: CONSOLE, "content-type": type }));
      expect(reason).toContain(type.split(";")[0]);
      expect(reason).toContain("application/json");
    }
    const sameOrigin = { "sec-fetch-site": "same-origin", "content-type": "text/plain;charset=UTF-8" };
    expect(crossSiteWriteReason(request("POST", sameOrigin))).toContain("text/plain");
  });
});
