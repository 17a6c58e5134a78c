import type { TImportChoice, TImportedRequest, TImportPreview, TKeyValue } from "@stampede/contracts";
import { proposeCorrelations } from "./find-correlations";
import { fieldValue, replaceInField } from "./rewrite-request";

/** The proposals a user accepted: correlation ids, and secret findings as `${requestIndex}:${field}`. */
export type CorrelationSelection = Partial<Pick<TImportChoice, "correlations" | "secrets">>;

export interface ApplyCorrelationsOptions {
  /** A chosen correlation whose source becomes the token provider: its uses are rewritten, no output is added. */
  tokenProviderFrom?: string;
}

/** Names the choice entry that does not match a proposal of this preview (a stale or hand-written choice). */
export class CorrelationChoiceError extends Error {
  constructor(
    readonly where: string,
    what: string,
  ) {
    super(`${where}: ${what}`);
    this.name = "CorrelationChoiceError";
  }
}

/**
 * A new preview with the chosen proposals applied: each correlation's output parameter added to the request
 * that returned the value, and every use of the value replaced by `${param}`; each secret replaced by
 * `${param}` and kept as a secret global parameter. Nothing else changes.
 */
export function applyCorrelations(
  preview: TImportPreview,
  chosen: CorrelationSelection,
  options: ApplyCorrelationsOptions = {},
): TImportPreview {
  const proposals = proposeCorrelations(preview);
  const requests = new Map<number, TImportedRequest>(preview.requests.map((r) => [r.index, r]));
  const update = (index: number, change: (r: TImportedRequest) => TImportedRequest) =>
    requests.set(index, change(requests.get(index)!));

  const ids = new Set(chosen.correlations ?? []);
  if (options.tokenProviderFrom !== undefined) ids.add(options.tokenProviderFrom);
  [...ids].forEach((id, i) => {
    const correlation = proposals.correlations.find((c) => c.id === id);
    if (!correlation) {
      const where = id === options.tokenProviderFrom ? "tokenProviderFrom" : `correlations[${i}]`;
      throw new CorrelationChoiceError(where, `"${id}" is not a correlation found in this import`);
    }
    const value = proposals.valueOf.get(id)!;
    for (const use of correlation.uses)
      update(use.requestIndex, (r) => replaceInField(r, use.field, value, correlation.param));
    if (id === options.tokenProviderFrom) return;
    update(correlation.source.requestIndex, (r) =>
      r.outputs.some((o) => o.name === correlation.param)
        ? r
        : { ...r, outputs: [...r.outputs, correlation.source.output] },
    );
  });

  const globals: TKeyValue[] = [...preview.globals];
  (chosen.secrets ?? []).forEach((key, i) => {
    const finding = proposals.secrets.find((s) => `${s.requestIndex}:${s.field}` === key);
    if (!finding) throw new CorrelationChoiceError(`secrets[${i}]`, `"${key}" is not a secret found in this import`);
    const value = fieldValue(requests.get(finding.requestIndex)!, finding.field);
    if (value === undefined) return;
    update(finding.requestIndex, (r) => replaceInField(r, finding.field, value, finding.param));
    if (!globals.some((g) => g.name === finding.param)) globals.push({ name: finding.param, value, secret: true });
  });

  return { ...preview, requests: preview.requests.map((r) => requests.get(r.index)!), globals };
}
