import type { TLoadConfig } from "@stampede/contracts";
import type { FieldIssue } from "../editor/model/issues";

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
  return issues;
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
