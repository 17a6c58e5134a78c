import type { TImportPreview } from "@stampede/contracts";

/** A host of the imported requests and how many requests go to it, for the preview's host filter. */
export interface ImportHost {
  host: string;
  count: number;
}

/** The host a request goes to: `api.example.com:8443`, or the leading reference of a templated URL (`${base}`). */
export function hostOf(url: string): string {
  const reference = /^\$\{[^}]*\}/.exec(url)?.[0];
  if (reference) return reference;
  try {
    return new URL(url).host;
  } catch {
    return url.split("/")[2] ?? url;
  }
}

/** The hosts of a preview, most requests first (then by name, so the order is stable). */
export function hostsOf(preview: TImportPreview): ImportHost[] {
  const counts = new Map<string, number>();
  for (const request of preview.requests) {
    const host = hostOf(request.url);
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  return [...counts]
    .map(([host, count]) => ({ host, count }))
    .sort((a, b) => b.count - a.count || a.host.localeCompare(b.host));
}
