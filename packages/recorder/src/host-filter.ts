// Browser-safe and free of the proxy library: the CLI parses its flags and the console checks input with it.
/** One entry of the hosts to record: a host name or IP, with a port when only that port counts. */
export interface THostRule {
  hostname: string;
  port?: number;
}

/**
 * Reads `127.0.0.1:4010`, `example.internal`, `[::1]:8443` or a pasted URL (`http://shop.test:8080/x`).
 * Returns the rule, or a message saying what is wrong with the entry.
 */
export function parseHostRule(entry: string): THostRule | string {
  const text = entry.trim().toLowerCase();
  if (text === "") return "is empty";
  let authority = text;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      authority = new URL(text).host;
    } catch {
      return `"${entry}" is not a valid URL`;
    }
  }
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+|\*\.[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(authority);
  if (!match) return `"${entry}" is not a host or host:port`;
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && (port < 1 || port > 65535)) return `"${entry}": port ${port} is out of range`;
  const hostname = match[1]!.replace(/^\[|\]$/g, "");
  return port === undefined ? { hostname } : { hostname, port };
}

/** Whether a request to `hostname:port` is one the user chose to record. `*.shop.test` covers subdomains. */
export function matchesHostRules(rules: THostRule[], hostname: string, port: number): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return rules.some((rule) => {
    if (rule.port !== undefined && rule.port !== port) return false;
    if (rule.hostname.startsWith("*.")) return host.endsWith(rule.hostname.slice(1));
    return rule.hostname === host;
  });
}
