/** The samples route's filters as typed (empty: no filter); names are the route's query parameters. */
export type SampleFilterValues = Partial<
  Record<"step" | "kind" | "status" | "error" | "minMs" | "maxMs" | "from" | "to", string>
>;

const NAMES = ["step", "kind", "status", "error", "minMs", "maxMs", "from", "to"] as const;
/** The page's query parameters carry the sample filters under this prefix ("samples.step=login"). */
const PREFIX = "samples.";

/** The sample filters a run page's address asks for (a link from the report's error analysis). */
export function sampleFiltersFromSearch(search: URLSearchParams): SampleFilterValues {
  const filters: SampleFilterValues = {};
  for (const name of NAMES) {
    const value = search.get(PREFIX + name);
    if (value) filters[name] = value;
  }
  return filters;
}

/** A link to the run page's sampled requests, filtered: stays on the page and scrolls to the list. */
export function sampleLink(runId: string, filters: SampleFilterValues): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(PREFIX + name, value);
  return `/runs/${encodeURIComponent(runId)}?${params.toString()}#samples`;
}
