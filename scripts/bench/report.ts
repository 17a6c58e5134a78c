// Turns case results into the printed report: one table per workload, then the project's targets.
import type { Workload } from "./generators";
import type { CaseResult } from "./measure-case";
import { fmt, formatTable } from "./table";

// The targets of the project's engine-performance issue.
export const GOALS = {
  getVsAutocannonMin: 0.8,
  getVsAutocannonGoal: 1.0,
  tokenCpuSecondsPer10kMax: 0.25,
  tokenRequestsPerCoreMin: 40_000,
} as const;

const COMMON_HEADERS = [
  "generator",
  "req/s",
  "failures",
  "gen CPU-s",
  "req/CPU-s",
  "CPU-s/10k",
  "RSS MB",
  "target CPU",
  "other CPU",
];

// Above this, processes outside the bench took enough of its two cores that requests/s is not comparable.
const NOISY_OTHER_CPU_PERCENT = 10;

function commonCells(r: CaseResult): string[] {
  return [
    r.label,
    fmt.int(r.requestsPerSecond),
    fmt.int(r.failures),
    fmt.fixed(r.cpuSeconds, 2),
    fmt.int(r.requestsPerCpuSecond),
    fmt.fixed(r.cpuSecondsPer10kRequests, 3),
    fmt.int(r.maxRssMb),
    fmt.percent(r.targetCpuPercent),
    fmt.percent(r.otherCpuPercent),
  ];
}

const byId = (results: CaseResult[], id: string) => results.find((r) => r.id === id);
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

function getSection(results: CaseResult[], targetLabel: string): string[] {
  const rows = results.filter((r) => r.workload === "get");
  const ac = byId(results, "get-autocannon");
  const wrk = byId(results, "get-wrk");
  const table = formatTable(
    [...COMMON_HEADERS, "vs autocannon", "vs wrk"],
    rows.map((r) => [
      ...commonCells(r),
      fmt.ratio(ac && r.requestsPerCpuSecond / ac.requestsPerCpuSecond),
      fmt.ratio(wrk && r.requestsPerCpuSecond / wrk.requestsPerCpuSecond),
    ]),
  );
  const lines = [`Plain GET /hello (${targetLabel})`, table];
  const engine = byId(results, "get-stampede");
  if (engine && ac) {
    const ratio = engine.requestsPerCpuSecond / ac.requestsPerCpuSecond;
    lines.push(
      `Target: Stampede requests per CPU-second >= ${GOALS.getVsAutocannonMin}x autocannon's ` +
        `(goal ${GOALS.getVsAutocannonGoal.toFixed(1)}x): ${fmt.ratio(ratio)} -> ${verdict(ratio >= GOALS.getVsAutocannonMin)}` +
        (ratio >= GOALS.getVsAutocannonGoal ? ", goal met" : ""),
    );
  }
  if (!wrk) lines.push("wrk: not installed, skipped (apt-get install -y wrk)");
  return lines;
}

function tokenSection(results: CaseResult[], targetLabel: string): string[] {
  const rows = results.filter((r) => r.workload === "token");
  // CPU per request relative to each hand-written undici loop; dispatch() is the floor.
  const relative = (r: CaseResult, baselineId: string) => {
    const baseline = byId(results, baselineId);
    return fmt.ratio(baseline && r.cpuSecondsPer10kRequests / baseline.cpuSecondsPer10kRequests);
  };
  const table = formatTable(
    [...COMMON_HEADERS, "CPU/req vs dispatch()", "vs request()"],
    rows.map((r) => [...commonCells(r), relative(r, "token-undici-dispatch"), relative(r, "token-undici-request")]),
  );
  const lines = [`Two-step token scenario (${targetLabel}: GET /cgi-bin/token, POST /api/activity)`, table];
  const engine = byId(results, "token-stampede");
  if (engine) {
    const cpu = engine.cpuSecondsPer10kRequests;
    const perCore = engine.requestsPerCpuSecond;
    lines.push(
      `Target: <= ${GOALS.tokenCpuSecondsPer10kMax} CPU-s per 10k requests: ${fmt.fixed(cpu, 3)} -> ` +
        verdict(cpu <= GOALS.tokenCpuSecondsPer10kMax),
      `Target: >= ${fmt.int(GOALS.tokenRequestsPerCoreMin)} requests/s per generator core: ${fmt.int(perCore)} -> ` +
        `${verdict(perCore >= GOALS.tokenRequestsPerCoreMin)} (measured ${fmt.int(engine.requestsPerSecond)} req/s ` +
        `on its one core, target at ${fmt.percent(engine.targetCpuPercent)} of its core)`,
    );
  }
  return lines;
}

/** The whole report as printed. */
export function formatReport(
  results: CaseResult[],
  connections: number,
  durationSeconds: number,
  targetLabels: Record<Workload, string>,
): string {
  const lines = [
    `Stampede bench — ${connections} connections, ${durationSeconds} s per case; target on CPU 0, generators on CPU 1`,
    "req/CPU-s = requests per CPU-second of the generator process (start-up included); ratios compare it.",
    "",
    ...getSection(results, targetLabels.get),
    "",
    ...tokenSection(results, targetLabels.token),
  ];
  const frames = results.filter((r) => r.frames !== undefined).map((r) => `${r.id}: ${r.frames} frames`);
  if (frames.length > 0) lines.push("", `Engine metric frames received by the sink: ${frames.join(", ")}`);
  const startups = results.flatMap((r) =>
    r.startupCpuSeconds === undefined
      ? []
      : [
          `${r.id}: ${fmt.fixed(r.startupCpuSeconds, 2)} CPU-s, load phase alone ` +
            `${fmt.int(r.requests / (r.cpuSeconds - r.startupCpuSeconds))} req/CPU-s`,
        ],
  );
  if (startups.length > 0) lines.push(`Start-up CPU (node, loading the bundle) included above: ${startups.join("; ")}`);
  const noisy = results.filter((r) => r.otherCpuPercent > NOISY_OTHER_CPU_PERCENT).map((r) => r.id);
  if (noisy.length > 0) {
    lines.push(
      `Warning: other processes used > ${NOISY_OTHER_CPU_PERCENT}% of a core during ${noisy.join(", ")}; their ` +
        "req/s are unreliable (req/CPU-s much less affected). Rerun on a quiet machine.",
    );
  }
  return lines.join("\n");
}
