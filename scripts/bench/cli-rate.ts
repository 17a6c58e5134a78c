// TPS mode through the CLI as a user runs it: the bundled `stampede run` (what `npm run build` makes) with
// `--rps`, against the fast target's GET route. The engine-only rate case passes no start time and never saw
// the CLI's own start-up; this one does. The achieved rate comes from the target's own count, not the CLI's.
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { CACHE_DIR } from "./bundle-runners";
import { runMeasured } from "./cpu-time";
import { GENERATOR_CPU } from "./pinning";
import { median } from "./repeats";
import { fmt, formatTable } from "./table";

/** One CLI rate case: iterations per second, and `--max-vus` when the CLI's default is not wanted. */
export interface CliRateCase {
  rate: number;
  maxVus?: number;
}

/** The cases: 1k/s on 50 VUs, and 5k/s and 10k/s with the CLI's default max VUs. */
export const CLI_RATE_CASES: CliRateCase[] = [{ rate: 1_000, maxVus: 50 }, { rate: 5_000 }, { rate: 10_000 }];

/** What one `stampede run --rps` gave. */
export interface CliRateResult extends CliRateCase {
  durationSeconds: number;
  /** Requests the target answered during the run (its own count). */
  served: number;
  /** Iterations the CLI's summary says the engine ran. */
  iterations: number;
  dropped: number;
  latenessP99Ms: number | undefined;
  /** See latencyBySecond. */
  firstSecondP95Ms: number | undefined;
  steadyP95Ms: number | undefined;
  cpuSeconds: number;
}

const CLI_BUNDLE = `${CACHE_DIR}/stampede.mjs`;
const SLACK_MS = 60_000;
// A live line: "  1s/20s   4999.0 req/s  p95     0.41 ms  errors   0.00%    50 VUs  dropped 12".
const LIVE_LINE = /^\s*\d+s\/\d+s\s+([\d.]+) req\/s\s+p95\s+([\d.]+) ms/;

/** Bundles the CLI with its own build script, so the bench runs the current source the way a user runs it. */
export function bundleCli(): void {
  execFileSync(process.execPath, ["--import", "tsx", "apps/cli/scripts/bundle.ts", CLI_BUNDLE], { stdio: "inherit" });
}

/** The first of `names` the --out document has (the edges' names follow k6; older builds used camelCase). */
/**
 * From the CLI's live lines: the p95 of the first second with answers (a late start shows as seconds with
 * drops and no answers before it), and the median of the per-second p95s after two such seconds, the last
 * (partial) one left out.
 */
export function latencyBySecond(stderr: string): { first: number; steady: number | undefined } {
  const p95s = stderr.split("\n").flatMap((line) => {
    const match = LIVE_LINE.exec(line);
    return match && Number(match[1]) > 0 ? [Number(match[2])] : [];
  });
  if (p95s.length === 0) throw new Error(`stampede run printed no per-second lines:\n${stderr.slice(-2_000)}`);
  const steady = p95s.slice(2, -1);
  return { first: p95s[0]!, steady: steady.length > 0 ? median(steady) : undefined };
}

async function targetCount(baseUrl: string): Promise<number> {
  const res = await fetch(`${baseUrl}/__count`);
  return ((await res.json()) as { requests: number }).requests;
}

/** A counter of the `--out` document (k6's names: `metrics.<name>.count`). */
function counted(doc: Record<string, unknown>, name: string): number {
  const metrics = doc.metrics as Record<string, { count?: number } | undefined> | undefined;
  return Number(metrics?.[name]?.count ?? Number.NaN);
}

export async function measureCliRate(url: string, c: CliRateCase, durationSeconds: number): Promise<CliRateResult> {
  const scenarioPath = `${CACHE_DIR}/cli-hello.json`;
  const outPath = `${CACHE_DIR}/cli-out.json`;
  const spec = { flows: [{ name: "hello", steps: [{ type: "http", name: "hello", url }] }] };
  await writeFile(scenarioPath, JSON.stringify(spec));
  const argv = [process.execPath, CLI_BUNDLE, "run", scenarioPath, "--rps", String(c.rate)];
  argv.push("--duration", `${durationSeconds}s`, "--out", outPath);
  if (c.maxVus !== undefined) argv.push("--max-vus", String(c.maxVus));
  const base = new URL(url).origin;
  const before = await targetCount(base);
  const run = await runMeasured(argv, GENERATOR_CPU, durationSeconds * 1000 + SLACK_MS);
  const served = (await targetCount(base)) - before;
  const doc = JSON.parse(await readFile(outPath, "utf8")) as Record<string, unknown>;
  const lateness = doc.scheduler_lateness as { p99?: number } | undefined;
  const { first, steady } = latencyBySecond(run.stderr);
  return {
    ...c,
    durationSeconds,
    served,
    iterations: counted(doc, "iterations"),
    dropped: counted(doc, "dropped_iterations"),
    latenessP99Ms: lateness?.p99,
    firstSecondP95Ms: first,
    steadyP95Ms: steady,
    cpuSeconds: run.cpuSeconds,
  };
}

const ms = (n: number | undefined) => (n === undefined ? "–" : `${n.toFixed(2)} ms`);

export function formatCliRate(results: CliRateResult[]): string {
  const rows = results.map((r) => {
    const due = r.rate * r.durationSeconds;
    return [
      fmt.int(r.rate),
      r.maxVus === undefined ? "default" : fmt.int(r.maxVus),
      fmt.int(r.served),
      fmt.int(r.served / r.durationSeconds),
      `${((r.served / due - 1) * 100).toFixed(2)}%`,
      fmt.int(r.iterations),
      fmt.int(r.dropped),
      ms(r.latenessP99Ms),
      ms(r.firstSecondP95Ms),
      ms(r.steadyP95Ms),
      `${fmt.percent((r.cpuSeconds / r.durationSeconds) * 100)}`,
    ];
  });
  const clean = results.filter(
    (r) => r.dropped === 0 && (r.latenessP99Ms ?? Infinity) <= 5 && r.served === r.rate * r.durationSeconds,
  );
  return [
    `CLI TPS mode: stampede run --rps (bundled CLI) on the generator core, GET on the fast target, ${results[0]?.durationSeconds ?? 0} s per run`,
    formatTable(
      [
        "target it/s",
        "max VUs",
        "served (target)",
        "achieved/s",
        "vs R×D",
        "iterations",
        "dropped",
        "lateness p99",
        "p95 1st s",
        "p95 steady",
        "CPU",
      ],
      rows,
    ),
    "served = the target's own count; from the CLI's live lines: p95 1st s = the first second with answers, " +
      "p95 steady = median of the per-second p95s after two such seconds (the last, partial one left out)",
    `Target: no dropped iterations, lateness p99 <= 5 ms, exactly R×D iterations served: ${clean.length} of ${results.length} runs met`,
  ].join("\n");
}
