import type { TCorrelation, TImportChoice, TImportPreview, TSecretFinding } from "@stampede/contracts";
import { secretKey } from "@/lib/import-keys";
import { BadRequestError } from "../http/errors";

/** What the preview offers to choose from (what /imports/preview found in it). */
export interface ImportOffer {
  preview: TImportPreview;
  correlations: TCorrelation[];
  secrets: TSecretFinding[];
}

/**
 * Every index and id of the choice names something the preview offers; otherwise a 400 names each one by its
 * field path (`choice.include.2`), so a stale or hand-written choice never builds a half-right scenario.
 */
export function checkImportChoice(choice: TImportChoice, offer: ImportOffer): void {
  const issues: string[] = [];
  const indexes = new Set(offer.preview.requests.map((r) => r.index));
  const included = new Set<number>();
  choice.include.forEach((index, i) => {
    if (!indexes.has(index)) issues.push(`choice.include.${i}: no request with index ${index} in the preview`);
    else if (included.has(index)) issues.push(`choice.include.${i}: request ${index} is chosen twice`);
    included.add(index);
  });
  const correlationIds = new Set(offer.correlations.map((c) => c.id));
  choice.correlations.forEach((id, i) => {
    if (!correlationIds.has(id)) issues.push(`choice.correlations.${i}: no correlation "${id}" in the preview`);
  });
  const tokenFrom = choice.tokenProviderFrom;
  if (tokenFrom !== undefined && !offer.correlations.some((c) => c.id === tokenFrom && c.kind === "token")) {
    issues.push(`choice.tokenProviderFrom: no token correlation "${tokenFrom}" in the preview`);
  }
  const secretKeys = new Set(offer.secrets.map(secretKey));
  choice.secrets.forEach((key, i) => {
    if (!secretKeys.has(key)) issues.push(`choice.secrets.${i}: no secret found at "${key}" in the preview`);
  });
  if (issues.length > 0) throw new BadRequestError(issues);
}
