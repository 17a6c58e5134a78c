/** A run's split over regions as the editor edits it: label → percent, in the order the rows show. */
export type Regions = Record<string, number>;

/** The rows of a split, in order. */
export function regionRows(regions: Regions | undefined): [string, number][] {
  return Object.entries(regions ?? {});
}

/** What the percents add up to (a row not filled in yet counts as 0). */
export function regionTotal(regions: Regions | undefined): number {
  return regionRows(regions).reduce((sum, [, pct]) => sum + (Number.isFinite(pct) ? pct : 0), 0);
}

/** Renames one row in place (its position kept); refused when another row has that label already. */
export function renameRegion(
  regions: Regions,
  index: number,
  label: string,
): { ok: true; regions: Regions } | { ok: false; reason: string } {
  const rows = regionRows(regions);
  if (rows.some(([other], i) => i !== index && other === label)) {
    return { ok: false, reason: label === "" ? "name this region" : `${label} is listed already` };
  }
  return { ok: true, regions: Object.fromEntries(rows.map(([l, p], i) => [i === index ? label : l, p])) };
}

/** Sets one row's percent. */
export function setRegionPercent(regions: Regions, index: number, percent: number): Regions {
  return Object.fromEntries(regionRows(regions).map(([l, p], i) => [l, i === index ? percent : p]));
}

/**
 * Adds a row with what is left of 100%: the first is "local" (a worker's region when none is set), later
 * ones "region-2", "region-3"… until renamed.
 */
export function addRegion(regions: Regions | undefined): Regions {
  const rows = regionRows(regions);
  const taken = new Set(rows.map(([l]) => l));
  let label = "local";
  for (let n = rows.length + 1; taken.has(label); n++) label = `region-${n}`;
  return { ...regions, [label]: Math.max(0, 100 - regionTotal(regions)) };
}

/** Removes a row; with none left the run may use any region again (undefined, not an empty split). */
export function removeRegion(regions: Regions, index: number): Regions | undefined {
  const rows = regionRows(regions).filter((_, i) => i !== index);
  return rows.length === 0 ? undefined : Object.fromEntries(rows);
}
