import { type HostPattern, parseHostPattern } from "./host-pattern";
import { formatIp, type IpAddress, ipOfHostname, rangeContains, rangeWithin } from "./ip-address";
import { LINK_LOCAL_RANGES, type Sensitivity, sensitivityOf } from "./sensitive-hosts";

/** A URL's target as the allowlist sees it: host (URL's form, no trailing dot), effective port, IP if literal. */
interface Target {
  host: string;
  port: number;
  address: IpAddress | undefined;
}

/** Why a URL's target is refused: not listed at all, or a metadata / link-local address no entry names. */
export interface BlockedTarget {
  host: string;
  port: number;
  /** "port": the host is listed, but only with other ports. */
  why: "not-listed" | "port" | (Sensitivity & string);
}

const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };

function targetOf(url: URL): Target {
  const host = url.hostname.replace(/\.$/, "");
  const port = url.port ? Number(url.port) : (DEFAULT_PORTS[url.protocol] ?? 0);
  return { host, port, address: ipOfHostname(host) };
}

/** Whether `pattern` matches `target`'s host, ignoring its port. */
function hostMatches(pattern: HostPattern, target: Target): boolean {
  switch (pattern.kind) {
    case "any":
      return true;
    case "subdomains":
      return target.address === undefined && target.host.endsWith(`.${pattern.suffix}`);
    case "host":
      return target.host === pattern.host;
    case "ip":
      return target.address?.family === pattern.address.family && target.address.value === pattern.address.value;
    case "range":
      return target.address !== undefined && rangeContains(pattern.range, target.address);
  }
}

/**
 * Whether `pattern` names a sensitive target explicitly enough to allow it: the exact name or address, or —
 * for a link-local address that is no metadata service — a range inside link-local. A wildcard never does.
 */
function namesExplicitly(pattern: HostPattern, sensitivity: Sensitivity): boolean {
  if (pattern.kind === "host" || pattern.kind === "ip") return true;
  if (pattern.kind !== "range") return false;
  const exact = pattern.range.prefix === (pattern.range.family === 4 ? 32 : 128);
  if (sensitivity === "metadata") return exact;
  return exact || LINK_LOCAL_RANGES.some((r) => rangeWithin(pattern.range, r));
}

const portMatches = (pattern: HostPattern, port: number) =>
  !("port" in pattern) || pattern.port === undefined || pattern.port === port;

/**
 * The hosts (and ports) a run may send requests to. Built from entries that were validated when saved; an
 * entry that no longer parses allows nothing. Browser-safe: the console's editor can use it too.
 */
export class TargetAllowlist {
  private readonly patterns: HostPattern[];

  constructor(readonly entries: readonly string[]) {
    this.patterns = entries.flatMap((e) => {
      const parsed = parseHostPattern(e);
      return parsed.ok ? [parsed.pattern] : [];
    });
  }

  /** Undefined when a request to `url` may be sent; else what is wrong with its target. */
  check(url: URL): BlockedTarget | undefined {
    const target = targetOf(url);
    const sensitivity = sensitivityOf(target.host, target.address);
    const hostHits = this.patterns.filter(
      (p) => hostMatches(p, target) && (!sensitivity || namesExplicitly(p, sensitivity)),
    );
    if (hostHits.some((p) => portMatches(p, target.port))) return undefined;
    const why = sensitivity ?? (hostHits.length > 0 ? "port" : "not-listed");
    return { host: target.address ? formatIp(target.address) : target.host, port: target.port, why };
  }
}

/**
 * One line saying why a target is refused, e.g. `host evil.example.com is not in this project's target
 * allowlist`. `whose` names the list: "this project's" on the console, "the" where there is no project.
 */
export function describeBlockedTarget(blocked: BlockedTarget, whose = "the"): string {
  const list = `${whose} target allowlist`;
  switch (blocked.why) {
    case "port":
      return `host ${blocked.host} is in ${list}, but not with port ${blocked.port}`;
    case "metadata":
      return `host ${blocked.host} is a cloud metadata service: only an entry naming it exactly in ${list} allows it`;
    case "link-local":
      return `host ${blocked.host} is a link-local address: only an entry naming it (or a link-local range) in ${list} allows it`;
    default:
      return `host ${blocked.host} is not in ${list}`;
  }
}
