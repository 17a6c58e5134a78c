import { findBlockedUrls, LOOPBACK_ALLOWLIST, type TScenarioSpec } from "@stampede/contracts";
import { getTargetAllowlist } from "@stampede/db";
import type { RunLifecycleDeps } from "./deps";
import { RunInputError } from "./errors";

/**
 * Refuses to start a run whose scenario aims outside its project's target allowlist (an entry removed since
 * the scenario was saved, say), naming every such URL. Hosts known only at run time are the engine's to check.
 */
export async function refuseBlockedTargets(deps: RunLifecycleDeps, projectId: string, spec: TScenarioSpec) {
  const allowlist = await getTargetAllowlist(deps.db, projectId, deps.targetAllowlist ?? LOOPBACK_ALLOWLIST);
  const blocked = findBlockedUrls(spec, allowlist, "this project's");
  if (blocked.length === 0) return;
  const issues = blocked.map((b) => `scenario.spec.${b.path.join(".")}: ${b.message}`);
  throw new RunInputError(issues.join("; "), issues);
}
