// Turns case results into the printed report: one table per workload, then the project's targets.
import type { Workload } from "./generators";
import type { CaseResult } from "./measure-case";
import { medianRuns, type RepeatedCase, roundRatios } from "./repeats";
import { fmt, formatTable } from "./table";

// The targets of the project's engine-performance issue.
export const GOALS = {
  getVsAutocannonMin: 0.8,
  getVsAutocannonGoal: 1.0,
  tokenCpuSecondsPer10kMax: 0.25,
  tokenRequestsPerCoreMin: 40_000,
  /** A templated JSON POST's CPU per request over a GET's. */
  postVsGetCpuMax: 1.05,
} as const;

const COMMON_HEADERS = [
  "generator",
  "req/s",
  "failures",
  "gen CPU-s",
  "req/CPU-s",
  "range",
  "CPU-s/10k",
  "RSS MB",
  "target CPU",
  "other CPU",
];

// Above this, processes outside the bench took enough of its two cores that requests/s is not comparable.
const NOISY_OTHER_CPU_PERCENT = 10;

/** The figures of a case's median run, and the range of req/CPU-s over all its runs. */
function commonCells(r: RepeatedCase): string[] {
  const [low, high] = r.requestsPerCpuSecondRange;
  return [
    r.label,
    fmt.int(r.requestsPerSecond),
    fmt.int(r.failures),
    fmt.fixed(r.cpuSeconds, 2),
    fmt.int(r.requestsPerCpuSecond),
    r.runs > 1 ? `${fmt.int(low)}–${fmt.int(high)}` : "–",
    fmt.fixed(r.cpuSecondsPer10kRequests, 3),
    fmt.int(r.maxRssMb),
    fmt.percent(r.targetCpuPercent),
    fmt.percent(r.otherCpuPercent),
  ];
}

const byId = (results: RepeatedCase[], id: string) => results.find((r) => r.id === id);
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

function getSection(results: RepeatedCase[], targetLabel: string): string[] {
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

function tokenSection(results: RepeatedCase[], targetLabel: string): string[] {
  const rows = results.filter((r) => r.workload === "token");
  // CPU per request relative to each hand-written undici loop; dispatch() is the floor.
  const relative = (r: RepeatedCase, baselineId: string) => {
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

const has = (results: RepeatedCase[], workload: Workload) => results.some((r) => r.workload === workload);

/** Which GET case each POST case is compared with. */
const GET_OF_POST: Record<string, string> = {
  "post-autocannon": "get-autocannon",
  "post-stampede-literal": "get-stampede",
  "post-stampede-template": "get-stampede",
  "post-undici-dispatch-template": "get-undici-dispatch",
};

function postSection(results: RepeatedCase[], all: CaseResult[], targetLabel: string): string[] {
  const rows = results.filter((r) => r.workload === "post");
  if (rows.length === 0) return [];
  const vsGet = (r: RepeatedCase) => roundRatios(all, r.id, GET_OF_POST[r.id] ?? "");
  const table = formatTable(
    [...COMMON_HEADERS, "CPU/req vs its GET", "range"],
    rows.map((r) => {
      const ratio = vsGet(r);
      return [
        ...commonCells(r),
        fmt.ratio(ratio?.median),
        ratio && r.runs > 1 ? `${fmt.ratio(ratio.min)}–${fmt.ratio(ratio.max)}` : "–",
      ];
    }),
  );
  const lines = [`JSON POST /api/order (${targetLabel}), next to the GET cases above`, table];
  lines.push("CPU/req vs its GET: CPU per request over the same generator's GET in the same round; median of rounds.");
  const templated = byId(rows, "post-stampede-template");
  const ratio = templated && vsGet(templated);
  if (ratio) {
    lines.push(
      `Target: a templated JSON POST costs <= ${GOALS.postVsGetCpuMax.toFixed(2)}x a GET's CPU per request: ` +
        `${fmt.ratio(ratio.median)} -> ${verdict(ratio.median <= GOALS.postVsGetCpuMax)}`,
    );
  }
  const undici = byId(rows, "post-undici-dispatch-template");
  const floor = undici && vsGet(undici);
  if (floor) {
    lines.push(
      `undici's own dispatch() loop pays ${fmt.ratio(floor.median)} for the same templated POST over its GET: ` +
        "the engine sends through undici, so what the engine adds is its ratio's excess over that one.",
    );
  }
  return lines;
}

/** The whole report as printed. */
export function formatReport(
  all: CaseResult[],
  connections: number,
  durationSeconds: number,
  runs: number,
  targetLabels: Record<Workload, string>,
): string {
  const results = medianRuns(all);
  const post = postSection(results, all, targetLabels.post);
  const lines = [
    `Stampede bench — ${connections} connections, ${durationSeconds} s per case, ${runs} run(s) of each; ` +
      "target on CPU 0, generators on CPU 1",
    "req/CPU-s = requests per CPU-second of the generator process (start-up included); ratios compare it.",
    "Each row is the case's median run by req/CPU-s; range = lowest–highest req/CPU-s over its runs.",
    ...(has(results, "get") ? ["", ...getSection(results, targetLabels.get)] : []),
    ...(has(results, "token") ? ["", ...tokenSection(results, targetLabels.token)] : []),
    ...(post.length > 0 ? ["", ...post] : []),
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
