import { type IpAddress, type IpRange, ipOfHostname, parseIpv4, parseIpv6, rangeOf } from "./ip-address";

/**
 * One allowlist entry, parsed: every host (`*`), a host and its subdomains' wildcard (`*.example.com`, which
 * does not match `example.com` itself), one host name, one IP address, or an address range (`10.0.0.0/8`).
 * `port` (absent: any port) is compared with the URL's port, or 80/443 when the URL names none.
 */
export type HostPattern =
  | { kind: "any"; port?: number }
  | { kind: "subdomains"; suffix: string; port?: number }
  | { kind: "host"; host: string; port?: number }
  | { kind: "ip"; address: IpAddress; port?: number }
  | { kind: "range"; range: IpRange };

/** A pattern, or why the text is not one. */
export type ParsedPattern = { ok: true; pattern: HostPattern } | { ok: false; message: string };

const EXAMPLES = "e.g. example.com, *.example.com, 10.0.0.5:8080, [::1]:3000 or 10.0.0.0/8";
const HOST_CHARS = /^[a-z0-9_.\-\u0080-\uffff]+$/;
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/** A host name as URLs carry it (lower case, punycode, no trailing dot); undefined when not a host name. */
export function normalizeHostName(text: string): string | undefined {
  const trimmed = text.toLowerCase().replace(/\.$/, "");
  if (trimmed === "" || !HOST_CHARS.test(trimmed)) return undefined;
  let host: string;
  try {
    host = new URL(`http://${trimmed}/`).hostname;
  } catch {
    return undefined;
  }
  return host.split(".").every((label) => LABEL.test(label)) ? host : undefined;
}

function parsePort(text: string): number | string {
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) {
    return `port "${text}" must be a number from 1 to 65535`;
  }
  return Number(text);
}

/** Splits `host:port` / `[v6]:port` / bare v6; the port is text until checked. */
function splitHostPort(text: string): { host: string; port?: string; bracketed: boolean } {
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    if (close === -1) return { host: text, bracketed: true };
    const rest = text.slice(close + 1);
    return {
      host: text.slice(1, close),
      port: rest.startsWith(":") ? rest.slice(1) : rest || undefined,
      bracketed: true,
    };
  }
  const colons = text.split(":").length - 1;
  if (colons === 1) {
    const [host, port] = text.split(":");
    return { host: host!, port, bracketed: false };
  }
  return { host: text, bracketed: false };
}

function parseRange(text: string): ParsedPattern {
  const slash = text.indexOf("/");
  const addressText = text.slice(0, slash).replace(/^\[(.*)\]$/, "$1");
  const prefixText = text.slice(slash + 1);
  const address = parseIpv4(addressText) ?? parseIpv6(addressText);
  if (!address)
    return {
      ok: false,
      message: `"${text}": an address range is an IP address and a prefix length, e.g. 10.0.0.0/8 or fd00::/8`,
    };
  const range = /^\d{1,3}$/.test(prefixText) ? rangeOf(address, Number(prefixText)) : undefined;
  if (!range) {
    const most = address.family === 4 ? 32 : 128;
    return { ok: false, message: `"${text}": the prefix length must be a number from 0 to ${most}` };
  }
  return { ok: true, pattern: { kind: "range", range } };
}

/** Parses one allowlist entry; the message says what is wrong with it and shows what is accepted. */
export function parseHostPattern(raw: string): ParsedPattern {
  const text = raw.trim().toLowerCase();
  if (text === "") return { ok: false, message: "an allowlist entry must not be empty" };
  if (text.includes("://")) {
    return { ok: false, message: `"${raw}": write a host, not a URL (${EXAMPLES})` };
  }
  if (/[\s/?#@\\]/.test(text.replace(/\/\d*$/, ""))) {
    return { ok: false, message: `"${raw}": not a host pattern (${EXAMPLES})` };
  }
  if (text.includes("/")) return parseRange(text);

  const { host, port: portText, bracketed } = splitHostPort(text);
  let port: number | undefined;
  if (portText !== undefined) {
    const parsed = parsePort(portText);
    if (typeof parsed === "string") return { ok: false, message: `"${raw}": ${parsed}` };
    port = parsed;
  }
  const withPort = (p: Exclude<HostPattern, { kind: "range" }>): ParsedPattern => ({
    ok: true,
    pattern: port ? { ...p, port } : p,
  });

  // Through ipOfHostname: an IPv4-mapped IPv6 address is the IPv4 address, as in a URL.
  const v6 = parseIpv6(host) && ipOfHostname(`[${host}]`);
  if (v6) return withPort({ kind: "ip", address: v6 });
  if (bracketed) return { ok: false, message: `"${raw}": [${host}] is not an IPv6 address` };
  const v4 = parseIpv4(host);
  if (v4) return withPort({ kind: "ip", address: v4 });
  if (host === "*") return withPort({ kind: "any" });
  if (host.startsWith("*.")) {
    const suffix = normalizeHostName(host.slice(2));
    if (suffix) return withPort({ kind: "subdomains", suffix });
  } else if (!host.includes("*")) {
    const name = normalizeHostName(host);
    if (name) return withPort({ kind: "host", host: name });
  }
  const wildcard = host.includes("*") ? "; a wildcard may only be the first label (*.example.com)" : "";
  return { ok: false, message: `"${raw}": not a host pattern${wildcard} (${EXAMPLES})` };
}
