import { describe, expect, it } from "vitest";
import { matchesHostRules, parseHostRule } from "./host-filter";

describe("parseHostRule", () => {
  it("reads host:port, a bare host, a wildcard, an IPv6 literal and a pasted URL", () => {
    expect(parseHostRule("127.0.0.1:4010")).toEqual({ hostname: "127.0.0.1", port: 4010 });
    expect(parseHostRule(" Example.Internal ")).toEqual({ hostname: "example.internal" });
    expect(parseHostRule("*.shop.test")).toEqual({ hostname: "*.shop.test" });
    expect(parseHostRule("[::1]:8443")).toEqual({ hostname: "::1", port: 8443 });
    expect(parseHostRule("http://shop.test:8080/items")).toEqual({ hostname: "shop.test", port: 8080 });
  });

  it("says what is wrong with an entry", () => {
    expect(parseHostRule("")).toBe("is empty");
    expect(parseHostRule("a b")).toBe('"a b" is not a host or host:port');
    expect(parseHostRule("host:70000")).toBe('"host:70000": port 70000 is out of range');
  });
});

describe("matchesHostRules", () => {
  const rules = [{ hostname: "127.0.0.1", port: 4010 }, { hostname: "shop.test" }, { hostname: "*.api.test" }];

  it("matches the port when one is given, any port otherwise, and subdomains of a wildcard", () => {
    expect(matchesHostRules(rules, "127.0.0.1", 4010)).toBe(true);
    expect(matchesHostRules(rules, "127.0.0.1", 4011)).toBe(false);
    expect(matchesHostRules(rules, "SHOP.test", 443)).toBe(true);
    expect(matchesHostRules(rules, "eu.api.test", 443)).toBe(true);
    expect(matchesHostRules(rules, "api.test", 443)).toBe(false);
    expect(matchesHostRules(rules, "other.test", 80)).toBe(false);
  });
});
