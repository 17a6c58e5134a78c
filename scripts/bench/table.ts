// Plain-text table: first column left-aligned, the rest right-aligned (they are numbers).

export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export const fmt = {
  int: (n: number) => grouped.format(n),
  fixed: (n: number, digits: number) => n.toFixed(digits),
  ratio: (n: number | undefined) => (n === undefined || !isFinite(n) ? "–" : `${n.toFixed(2)}×`),
  percent: (n: number) => `${n.toFixed(0)}%`,
};
