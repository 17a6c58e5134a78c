/** Step names are capped at 120 characters (the scenario contract's limit). */
const MAX_STEP_NAME = 120;

/**
 * Step names are unique within a flow (metrics are kept per name): the second "GET /api/items" becomes
 * "GET /api/items 2", the third "GET /api/items 3". `taken` holds the names already used and is updated.
 */
export function uniqueStepName(base: string, taken: Set<string>): string {
  let name = base.slice(0, MAX_STEP_NAME);
  for (let n = 2; taken.has(name); n++) {
    const suffix = ` ${n}`;
    name = base.slice(0, MAX_STEP_NAME - suffix.length) + suffix;
  }
  taken.add(name);
  return name;
}
