import { findBlockedUrls, type TScenarioSpec } from "@stampede/contracts";
import { type Db, getTargetAllowlist } from "@stampede/db";
import { getInstanceAllowlist } from "@/lib/env";
import { BadRequestError } from "../http/errors";

/**
 * A scenario is saved only if every URL whose host is known before the run (literal, or made by globals) is in
 * its project's target allowlist; the 400 names each other URL by its field path under `at`.
 */
export async function refuseBlockedTargets(db: Db, projectId: string, spec: TScenarioSpec, at = ["spec"]) {
  const allowlist = await getTargetAllowlist(db, projectId, getInstanceAllowlist());
  const blocked = findBlockedUrls(spec, allowlist, "this project's");
  if (blocked.length > 0) {
    throw new BadRequestError(blocked.map((b) => `${[...at, ...b.path].join(".")}: ${b.message}`));
  }
}
