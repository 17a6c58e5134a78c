/** An IP address as a number: 32 bits for IPv4, 128 for IPv6. Browser-safe (no node:net). */
export interface IpAddress {
  family: 4 | 6;
  value: bigint;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/;

/** `10.0.0.5` as a number; undefined for anything but four decimal octets. */
export function parseIpv4(text: string): IpAddress | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  let value = 0n;
  for (const octet of m.slice(1)) {
    const n = Number(octet);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return { family: 4, value };
}

/** Hex groups of one side of `::` (an IPv4 tail counts as two); undefined when one is not valid. */
function groupsOf(side: string, allowIpv4Tail: boolean): number[] | undefined {
  if (side === "") return [];
  const parts = side.split(":");
  const groups: number[] = [];
  for (const [i, part] of parts.entries()) {
    if (allowIpv4Tail && i === parts.length - 1 && part.includes(".")) {
      const v4 = parseIpv4(part);
      if (!v4) return undefined;
      groups.push(Number(v4.value >> 16n), Number(v4.value & 0xffffn));
    } else if (HEX_GROUP.test(part)) groups.push(parseInt(part, 16));
    else return undefined;
  }
  return groups;
}

/** `fd00:ec2::254`, `::1`, `::ffff:10.0.0.1` (no brackets, no zone) as a number; undefined when not IPv6. */
export function parseIpv6(text: string): IpAddress | undefined {
  const lower = text.toLowerCase();
  const halves = lower.split("::");
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? groupsOf(halves[1]!, true) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  const value = groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
  return { family: 6, value };
}

const MAPPED_PREFIX = 0xffffn << 32n;

/**
 * The address a URL's hostname names, if it is an IP literal (`[::1]` with its brackets, as URL gives it).
 * An IPv4-mapped IPv6 address (`[::ffff:a9fe:a9fe]`) is its IPv4 address: it reaches the same host.
 */
export function ipOfHostname(hostname: string): IpAddress | undefined {
  if (hostname.startsWith("[") && hostname.endsWith("]")) {
    const v6 = parseIpv6(hostname.slice(1, -1));
    if (v6 && v6.value >> 32n === MAPPED_PREFIX >> 32n) return { family: 4, value: v6.value & 0xffffffffn };
    return v6;
  }
  return parseIpv4(hostname);
}

/** An address range: `10.0.0.0/8`, `fe80::/10`. */
export interface IpRange {
  family: 4 | 6;
  base: bigint;
  prefix: number;
}

const bitsOf = (family: 4 | 6) => (family === 4 ? 32 : 128);

/** True when `address` lies in `range`. */
export function rangeContains(range: IpRange, address: IpAddress): boolean {
  if (range.family !== address.family) return false;
  const shift = BigInt(bitsOf(range.family) - range.prefix);
  return address.value >> shift === range.base >> shift;
}

/** True when all of `inner` lies in `outer`. */
export function rangeWithin(inner: IpRange, outer: IpRange): boolean {
  return inner.prefix >= outer.prefix && rangeContains(outer, { family: inner.family, value: inner.base });
}

/** The range `address/prefix`; its base keeps the host bits as written (they do not affect matching). */
export function rangeOf(address: IpAddress, prefix: number): IpRange | undefined {
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bitsOf(address.family)) return undefined;
  return { family: address.family, base: address.value, prefix };
}

/** The address written as URL writes hosts: `10.0.0.5`, `[fd00:ec2::254]`. */
export function formatIp(address: IpAddress): string {
  if (address.family === 4) {
    const v = Number(address.value);
    return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join(".");
  }
  return new URL(`http://[${hexGroups(address.value)}]/`).hostname;
}

function hexGroups(value: bigint): string {
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((value >> BigInt(i * 16)) & 0xffffn).toString(16));
  return groups.join(":");
}
