/**
 * Secret rows of a scenario spec: any name/value row (global, header, query or form field, data assignment,
 * token-provider request field) marked `secret: true`. Walked as plain JSON, so a stored spec that no longer
 * validates, a run snapshot or an import document are handled alike.
 */

/** What the API shows instead of a secret value, and what a client sends back to keep the stored one. */
export const SECRET_MASK = "••••";

/** A secret row found in a spec. */
export interface SecretRow {
  /** JSON path of its value, for messages: `globals.0.value`. */
  path: Array<string | number>;
  /**
   * Names instead of positions (`flows/main/steps/login/headers/X-Key`), so a row keeps its identity when
   * flows, steps or rows are reordered; a repeated name gets `#2`, `#3`.
   */
  key: string;
  value: string;
}

type Json = unknown;

function isSecretRow(node: Json): node is { secret: true; value: string } {
  return (
    typeof node === "object" &&
    node !== null &&
    !Array.isArray(node) &&
    (node as { secret?: unknown }).secret === true &&
    typeof (node as { value?: unknown }).value === "string"
  );
}

function segmentOf(node: Json, index: number): string {
  const name = (node as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name : String(index);
}

/**
 * A copy of `spec` in which every secret row's value is `replace(row)`; everything else is copied unchanged.
 * The rows are visited in document order.
 */
export function mapSecretRows<T>(spec: T, replace: (row: SecretRow) => string): T {
  const seen = new Map<string, number>();
  const walk = (node: Json, path: Array<string | number>, keyParts: string[]): Json => {
    if (Array.isArray(node)) {
      return node.map((item, i) => walk(item, [...path, i], [...keyParts, segmentOf(item, i)]));
    }
    if (typeof node !== "object" || node === null) return node;
    if (isSecretRow(node)) {
      const base = keyParts.join("/");
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      const key = count === 1 ? base : `${base}#${count}`;
      return { ...node, value: replace({ path: [...path, "value"], key, value: node.value }) };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k], [...keyParts, k])]));
  };
  return walk(spec, [], []) as T;
}

/** Every secret row of a spec, in document order. */
export function secretRowsOf(spec: unknown): SecretRow[] {
  const rows: SecretRow[] = [];
  mapSecretRows(spec, (row) => {
    rows.push(row);
    return row.value;
  });
  return rows;
}

/** The spec as the API shows it: every secret value replaced by SECRET_MASK. */
export function redactSecrets<T>(spec: T): T {
  return mapSecretRows(spec, () => SECRET_MASK);
}

/** The values of a plaintext spec's secret rows, to mask wherever they appear (empty and masked ones left out). */
export function secretValuesOf(spec: unknown): string[] {
  const values = secretRowsOf(spec)
    .map((row) => row.value)
    .filter((value) => value !== "" && value !== SECRET_MASK);
  return [...new Set(values)];
}
