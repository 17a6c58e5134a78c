import { describe, expect, it } from "vitest";
import { LOOPBACK_ALLOWLIST } from "./allowlist-entries";
import { describeBlockedTarget, TargetAllowlist } from "./target-allowlist";

const allows = (entries: string[], url: string) => new TargetAllowlist(entries).check(new URL(url)) === undefined;
const why = (entries: string[], url: string) => new TargetAllowlist(entries).check(new URL(url))?.why;

describe("TargetAllowlist", () => {
  it("matches a host exactly, case and trailing dot aside", () => {
    expect(allows(["api.example.com"], "https://API.example.com./x")).toBe(true);
    expect(allows(["api.example.com"], "https://example.com/x")).toBe(false);
    expect(allows(["api.example.com"], "https://api.example.com.evil.test/")).toBe(false);
    expect(allows(["api.example.com"], "https://evil.test/?api.example.com")).toBe(false);
  });

  it("a wildcard matches subdomains at any depth, not the domain itself nor look-alikes", () => {
    expect(allows(["*.example.com"], "http://a.example.com/")).toBe(true);
    expect(allows(["*.example.com"], "http://a.b.example.com/")).toBe(true);
    expect(allows(["*.example.com"], "http://example.com/")).toBe(false);
    expect(allows(["*.example.com"], "http://badexample.com/")).toBe(false);
  });

  it("a port in an entry must be the URL's port, 80/443 when the URL names none", () => {
    expect(allows(["10.0.0.5:8080"], "http://10.0.0.5:8080/")).toBe(true);
    expect(why(["10.0.0.5:8080"], "http://10.0.0.5:8081/")).toBe("port");
    expect(allows(["api.example.com:443"], "https://api.example.com/")).toBe(true);
    expect(allows(["api.example.com:443"], "http://api.example.com/")).toBe(false);
    expect(allows(["api.example.com"], "http://api.example.com:9999/")).toBe(true);
  });

  it("address ranges match IPv4 and IPv6, whatever form the URL writes the address in", () => {
    expect(allows(["10.0.0.0/8"], "http://10.200.3.4/")).toBe(true);
    expect(allows(["10.0.0.0/8"], "http://11.0.0.1/")).toBe(false);
    expect(allows(["10.0.0.0/8"], "http://0x0a000001/")).toBe(true); // URL reads it as 10.0.0.1
    expect(allows(["fd00::/8"], "http://[fd12::1]/")).toBe(true);
    expect(allows(["fd00::/8"], "http://[fe12::1]/")).toBe(false);
    expect(allows(["10.0.0.5"], "http://[::ffff:10.0.0.5]/")).toBe(true);
  });

  it("loopback by default: 127.0.0.0/8, ::1 and localhost, nothing else", () => {
    for (const url of ["http://127.0.0.1:4010/", "http://127.1.2.3/", "http://[::1]:3000/", "http://localhost:9/"]) {
      expect(allows([...LOOPBACK_ALLOWLIST], url)).toBe(true);
    }
    expect(allows([...LOOPBACK_ALLOWLIST], "http://blocked.invalid/")).toBe(false);
    expect(allows([...LOOPBACK_ALLOWLIST], "http://[::2]/")).toBe(false);
  });

  it("cloud metadata needs an entry naming it exactly: no wildcard or range allows it", () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://[fd00:ec2::254]/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://100.100.100.200/latest/meta-data/",
      "http://[::ffff:169.254.169.254]/",
      "http://0xa9fea9fe/",
    ]) {
      expect(why(["*", "0.0.0.0/0", "::/0", "*.internal", "169.254.0.0/16"], url)).toBe("metadata");
    }
    expect(allows(["169.254.169.254"], "http://169.254.169.254/")).toBe(true);
    expect(allows(["169.254.169.254/32"], "http://169.254.169.254/")).toBe(true);
    expect(allows(["metadata.google.internal"], "http://metadata.google.internal/")).toBe(true);
    expect(allows(["fd00:ec2::254"], "http://[fd00:ec2::254]/")).toBe(true);
  });

  it("link-local needs an entry naming it or a range inside link-local", () => {
    expect(why(["*", "0.0.0.0/0"], "http://169.254.10.1/")).toBe("link-local");
    expect(why(["::/0"], "http://[fe80::1]/")).toBe("link-local");
    expect(allows(["169.254.10.0/24"], "http://169.254.10.1/")).toBe(true);
    expect(allows(["169.254.0.0/16"], "http://169.254.10.1/")).toBe(true);
    expect(allows(["fe80::/10"], "http://[fe80::1]/")).toBe(true);
    expect(allows(["169.254.10.1"], "http://169.254.10.1/")).toBe(true);
  });

  it("`*` allows any other host", () => {
    expect(allows(["*"], "https://anything.example.org/")).toBe(true);
  });

  it("an entry that does not parse allows nothing", () => {
    expect(allows(["http://example.com"], "http://example.com/")).toBe(false);
  });

  it("says why a target is refused, naming the host", () => {
    const list = new TargetAllowlist(["api.example.com:443"]);
    expect(describeBlockedTarget(list.check(new URL("http://evil.example.com/"))!, "this project's")).toBe(
      "host evil.example.com is not in this project's target allowlist",
    );
    expect(describeBlockedTarget(list.check(new URL("http://api.example.com:8443/"))!)).toBe(
      "host api.example.com is in the target allowlist, but not with port 8443",
    );
    expect(describeBlockedTarget(list.check(new URL("http://169.254.169.254/"))!)).toMatch(
      /^host 169\.254\.169\.254 is a cloud metadata service/,
    );
  });
});
