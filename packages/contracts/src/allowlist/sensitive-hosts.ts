import { type IpAddress, type IpRange, parseIpv4, parseIpv6, rangeContains, rangeOf } from "./ip-address";

const ip = (text: string): IpAddress => (parseIpv4(text) ?? parseIpv6(text))!;
const range = (text: string, prefix: number): IpRange => rangeOf(ip(text), prefix)!;

/**
 * Cloud metadata services (AWS, GCP and Azure at 169.254.169.254, AWS's IPv6 one, Alibaba Cloud's): a load test
 * aimed there reads the machine's credentials. Only an entry naming the exact address or name allows them.
 */
const METADATA_ADDRESSES = [ip("169.254.169.254"), ip("fd00:ec2::254"), ip("100.100.100.200")];
const METADATA_NAMES = new Set(["metadata.google.internal", "metadata.goog", "metadata"]);

/** Link-local addresses: only an entry naming the address, or a range inside link-local, allows them. */
export const LINK_LOCAL_RANGES = [range("169.254.0.0", 16), range("fe80::", 10)];

/** Why a host is refused even when a broad entry (`*`, `*.internal`, `0.0.0.0/0`) matches it. */
export type Sensitivity = "metadata" | "link-local" | undefined;

/** Whether `host` (a URL hostname, or its IP) is a cloud metadata service or link-local address. */
export function sensitivityOf(host: string, address: IpAddress | undefined): Sensitivity {
  if (address) {
    if (METADATA_ADDRESSES.some((m) => m.family === address.family && m.value === address.value)) return "metadata";
    if (LINK_LOCAL_RANGES.some((r) => rangeContains(r, address))) return "link-local";
    return undefined;
  }
  return METADATA_NAMES.has(host) ? "metadata" : undefined;
}
