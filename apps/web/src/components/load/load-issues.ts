import { type TLoadConfig, ZLoadConfig } from "@stampede/contracts";
import type { FieldIssue } from "../editor/model/issues";
import { regionRows, regionTotal } from "./regions";

/**
 * Problems in the load settings found while typing, at the same paths the server uses (`load.stages.0.target`),
 * so they show under their field. Beyond the server's rules: a stage target above Max VUs, which the engine
 * would silently cap.
 */
export function loadIssues(load: TLoadConfig): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path: `load.${path}`, message });
  if (load.stages) {
    if (load.stages.length === 0) add("stages", "add at least one stage");
    const max = load.mode === "concurrency" ? load.vus : undefined;
    load.stages.forEach((stage, i) => {
      const d = stage.durationSeconds;
      if (!Number.isFinite(d)) add(`stages.${i}.durationSeconds`, "enter the stage's duration in seconds");
      else if (!Number.isInteger(d) || d < 1)
        add(`stages.${i}.durationSeconds`, "a whole number of seconds, at least 1");
      const t = stage.target;
      const unit = load.mode === "concurrency" ? "VUs" : "iterations/s";
      if (!Number.isFinite(t)) add(`stages.${i}.target`, `enter the target in ${unit}`);
      else if (t < 0) add(`stages.${i}.target`, "cannot be negative");
      else if (max !== undefined && Number.isFinite(max) && t > max)
        add(`stages.${i}.target`, `at most ${max} (Max VUs)`);
    });
  }
  if (load.mode === "concurrency" && load.iterations !== undefined) {
    const n = load.iterations;
    if (!Number.isInteger(n) || n < 1)
      add("iterations", "a whole number of iterations, at least 1 (or empty: no limit)");
  }
  distributionIssues(load, add);
  flowRateIssues(load, add);
  return issues;
}

/** Per-flow rates and funnels in the contract's own words (a funnel API above the one before it, a flow twice). */
function flowRateIssues(load: TLoadConfig, add: (path: string, message: string) => void) {
  if (load.mode !== "rate" || !load.flowRates) return;
  const parsed = ZLoadConfig.safeParse(load);
  for (const issue of parsed.error?.issues ?? []) {
    if (issue.path[0] === "flowRates") add(issue.path.join("."), issue.message);
  }
}

/** The Distribution section's rules, in the server's words where the server has the same rule. */
function distributionIssues(load: TLoadConfig, add: (path: string, message: string) => void) {
  const rows = regionRows(load.regions);
  if (rows.some(([label]) => label.trim() === "")) add("regions", "name every region (its generators' WORKER_REGION)");
  for (const [label, percent] of rows) {
    if (!Number.isFinite(percent)) add(`regions.${label}`, "enter the region's percent");
    else if (!Number.isInteger(percent) || percent < 1 || percent > 100)
      add(`regions.${label}`, "a whole percent from 1 to 100");
  }
  const total = regionTotal(load.regions);
  if (rows.length > 0 && total !== 100) {
    add("regions", `region percents must add up to 100 (they add up to ${total})`);
  }
  const n = load.generators;
  if (n !== undefined) {
    if (!Number.isInteger(n) || n < 1)
      add("generators", "a whole number of generators, at least 1 (or empty: the fewest that fit)");
    else if (n < rows.length)
      add("generators", `at least one generator per region: ${rows.length} regions need ${rows.length} or more`);
  }
  const wait = load.waitTimeoutSeconds;
  if (wait !== undefined && (!Number.isInteger(wait) || wait < 1 || wait > 86_400)) {
    add("waitTimeoutSeconds", "a whole number of seconds from 1 to 86400 (or empty: 600)");
  }
}

/**
 * The server's issues of the last save plus the ones found while typing, each message once per field. What
 * the page found at that save gives way to what it finds now, so a fixed field clears at once.
 */
export function mergeIssues(saved: FieldIssue[], local: FieldIssue[]): FieldIssue[] {
  const server = saved.filter((i) => !i.fromPage);
  const seen = new Set(server.map((i) => `${i.path}\n${i.message}`));
  return [...server, ...local.filter((i) => !seen.has(`${i.path}\n${i.message}`))];
}

/** `path: message` lines, as the server answers, for the editor's issue summary. */
export function issueLines(issues: FieldIssue[]): string[] {
  return issues.map((i) => `${i.path}: ${i.message}`);
}
