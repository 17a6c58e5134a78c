/** Text made safe for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * A table of already-escaped cells; `head` names the columns, right-aligned where `numeric`; `rowClass` may
 * give a row a class (the knee's highlight).
 */
export function htmlTable(
  head: string[],
  rows: string[][],
  numeric: boolean[] = [],
  testId?: string,
  rowClass?: (index: number) => string | undefined,
): string {
  const cls = (i: number) => (numeric[i] ? ' class="num"' : "");
  const th = head.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join("");
  const tr = (index: number) => (rowClass?.(index) ? `<tr class="${escapeHtml(rowClass(index))}">` : "<tr>");
  const body = rows.map((r, n) => `${tr(n)}${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join("")}</tr>`).join("\n");
  const id = testId ? ` data-testid="${escapeHtml(testId)}"` : "";
  return `<table${id}><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}
