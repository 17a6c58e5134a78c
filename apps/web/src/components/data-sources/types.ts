import type { TDataSourceInfo } from "@stampede/contracts";

/** A CSV file stored for a scenario, as the data-sources API describes it (the content stays on the server). */
export type DataSourceInfo = TDataSourceInfo;

/** The server's refusal of an upload: a headline and one line per problem ("token.csv line 7: ..."). */
export interface UploadRefusal {
  error: string;
  issues: string[];
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** "1 row", "3 rows", "600,000 rows" (with the count as shown). */
export function plural(n: number, word: string, shown = String(n)): string {
  return `${shown} ${word}${n === 1 ? "" : "s"}`;
}
