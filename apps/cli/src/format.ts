/** Milliseconds with two decimals: latencies here are often under 1 ms, and HDR gives three decimals. */
export function formatMs(ms: number): string {
  return ms.toFixed(2);
}

/** A fraction as a percentage, `0.0123` → `1.23%`. */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}

export function errorRate(requests: number, failures: number): number {
  return requests === 0 ? 0 : failures / requests;
}

/** `{"200": 12, "503": 1}` → `200:12 503:1`, most frequent first. */
export function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k}:${n}`)
    .join(" ");
}

export type TAlign = "left" | "right";

/** Lays rows out in columns two spaces apart; the last column is never padded, so lines carry no trailing space. */
export function renderTable(header: string[], rows: string[][], align: TAlign[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all.map((row) =>
    row
      .map((cell, i) => {
        if (i === row.length - 1 && align[i] !== "right") return cell;
        return align[i] === "right" ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!);
      })
      .join("  ")
      .trimEnd(),
  );
}
