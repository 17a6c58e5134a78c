import { DISTRIBUTION_DEFAULTS, type TLoadConfig } from "@stampede/contracts";

const LOST = {
  reassign: "a lost generator's shard moves to another",
  continue: "a lost generator's shard is left out",
  fail: "a lost generator fails the run",
} as const;

/**
 * The distribution in a sentence ("60% in eu, 40% in us; over 3 generators; fails at once when generators
 * are busy"), saying only what differs from the defaults; empty when nothing does.
 */
export function describeDistribution(load: TLoadConfig): string {
  const parts: string[] = [];
  const regions = Object.entries(load.regions ?? {});
  if (regions.length > 0) parts.push(regions.map(([label, pct]) => `${pct}% in ${label}`).join(", "));
  if (load.generators !== undefined) {
    parts.push(`over ${load.generators} generator${load.generators === 1 ? "" : "s"}`);
  }
  if (load.whenBusy === "fail") parts.push("fails at once when generators are busy");
  else if (
    load.waitTimeoutSeconds !== undefined &&
    load.waitTimeoutSeconds !== DISTRIBUTION_DEFAULTS.waitTimeoutSeconds
  ) {
    parts.push(`waits up to ${load.waitTimeoutSeconds} s for free generators`);
  }
  const lost = load.onGeneratorLost;
  if (lost && lost !== DISTRIBUTION_DEFAULTS.onGeneratorLost) parts.push(LOST[lost]);
  return parts.join("; ");
}

/** Whether a load sets any distribution field (the Start dialog then starts it as saved, not from its fields). */
export function hasDistribution(load: TLoadConfig): boolean {
  return (
    load.regions !== undefined ||
    load.generators !== undefined ||
    load.whenBusy !== undefined ||
    load.waitTimeoutSeconds !== undefined ||
    load.onGeneratorLost !== undefined
  );
}
