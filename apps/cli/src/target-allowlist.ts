import {
  findBlockedUrls,
  formatIssues,
  instanceAllowlist,
  type TScenarioSpec,
  TargetAllowlist,
  ZAllowlistEnvVar,
} from "@stampede/contracts";
import { CliError } from "./exit-codes";

/**
 * Where a local run may send requests: loopback, the demo target (DEMO_TARGET_URL) and the operator's
 * STAMPEDE_TARGET_ALLOWLIST — the instance's entries a console would give every project. A bad entry is a
 * usage error naming it.
 */
export function cliAllowlist(env: NodeJS.ProcessEnv = process.env): string[] {
  const operator = ZAllowlistEnvVar.safeParse(env.STAMPEDE_TARGET_ALLOWLIST);
  if (!operator.success) {
    throw new CliError(`STAMPEDE_TARGET_ALLOWLIST: ${formatIssues(operator.error).join("; ")}`);
  }
  return instanceAllowlist({ operatorEntries: operator.data, demoTargetUrl: env.DEMO_TARGET_URL || undefined });
}

/** Before anything is sent: every URL whose host is known ahead (literal, or made by globals) must be allowed. */
export function refuseBlockedTargets(spec: TScenarioSpec, allowlist: readonly string[]) {
  const blocked = findBlockedUrls(spec, new TargetAllowlist(allowlist));
  if (blocked.length === 0) return;
  const lines = blocked.map((b) => `  ${b.path.join(".")}: ${b.message}`);
  throw new CliError(
    `the scenario aims outside the target allowlist (add hosts with STAMPEDE_TARGET_ALLOWLIST, comma-separated):\n${lines.join("\n")}`,
  );
}
