import { describe, expect, it } from "vitest";
import { instanceAllowlist, ZAllowlistEntries, ZAllowlistEnvVar } from "./allowlist-entries";
import { parseHostPattern } from "./host-pattern";

const kindOf = (text: string) => {
  const parsed = parseHostPattern(text);
  return parsed.ok ? parsed.pattern.kind : parsed.message;
};

describe("parseHostPattern", () => {
  it("reads hosts, wildcards, addresses with ports and ranges", () => {
    expect(parseHostPattern("Example.COM")).toEqual({ ok: true, pattern: { kind: "host", host: "example.com" } });
    expect(parseHostPattern("api.example.com:443")).toEqual({
      ok: true,
      pattern: { kind: "host", host: "api.example.com", port: 443 },
    });
    expect(parseHostPattern("*.example.com")).toEqual({
      ok: true,
      pattern: { kind: "subdomains", suffix: "example.com" },
    });
    expect(kindOf("10.0.0.5:8080")).toBe("ip");
    expect(kindOf("[::1]:3000")).toBe("ip");
    expect(kindOf("fd00:ec2::254")).toBe("ip");
    expect(kindOf("10.0.0.0/8")).toBe("range");
    expect(kindOf("fe80::/10")).toBe("range");
    expect(kindOf("*")).toBe("any");
    expect(kindOf("localhost")).toBe("host");
  });

  it("refuses what is not a host pattern, saying what is wrong", () => {
    expect(kindOf("https://example.com")).toMatch(/write a host, not a URL/);
    expect(kindOf("example.com/path")).toMatch(/not a host pattern/);
    expect(kindOf("api.*.example.com")).toMatch(/a wildcard may only be the first label/);
    expect(kindOf("example.com:0")).toMatch(/port "0" must be a number from 1 to 65535/);
    expect(kindOf("example.com:99999")).toMatch(/port "99999"/);
    expect(kindOf("10.0.0.0/33")).toMatch(/prefix length must be a number from 0 to 32/);
    expect(kindOf("999.0.0.0/8")).toMatch(/an address range is an IP address and a prefix length/);
    expect(kindOf("[not-v6]")).toMatch(/is not an IPv6 address/);
    expect(kindOf("user@example.com")).toMatch(/not a host pattern/);
    expect(kindOf("-bad-.example.com")).toMatch(/not a host pattern/);
    expect(kindOf("  ")).toBe("an allowlist entry must not be empty");
  });
});

describe("allowlist entries", () => {
  it("a saved list is trimmed, lower-cased and deduplicated; a bad entry is named by its index", () => {
    expect(ZAllowlistEntries.parse([" API.example.com ", "api.example.com", "10.0.0.0/8"])).toEqual([
      "api.example.com",
      "10.0.0.0/8",
    ]);
    const result = ZAllowlistEntries.safeParse(["ok.example.com", "http://bad"]);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: [1], message: expect.stringMatching(/not a URL/) });
  });

  it("STAMPEDE_TARGET_ALLOWLIST is comma-separated; a bad entry fails the parse naming it", () => {
    expect(ZAllowlistEnvVar.parse(" staging.example.com, 10.0.0.0/8 ,,")).toEqual([
      "staging.example.com",
      "10.0.0.0/8",
    ]);
    expect(ZAllowlistEnvVar.parse(undefined)).toEqual([]);
    expect(ZAllowlistEnvVar.safeParse("ok.example.com,ftp://x").error?.issues[0]?.message).toMatch(/"ftp:\/\/x"/);
  });

  it("the instance's entries: loopback, the demo target's host and the operator's", () => {
    expect(
      instanceAllowlist({ operatorEntries: ["*.staging.example.com"], demoTargetUrl: "http://demo-target:4010" }),
    ).toEqual(["127.0.0.0/8", "::1", "localhost", "demo-target:4010", "*.staging.example.com"]);
    expect(instanceAllowlist({ operatorEntries: [] })).toEqual(["127.0.0.0/8", "::1", "localhost"]);
  });
});
