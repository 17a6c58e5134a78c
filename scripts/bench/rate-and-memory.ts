// The engine's own cases beside the CPU comparison: TPS mode at a high rate on one core (does it hold the
// rate, how late are starts) and the memory a virtual user costs, idle and with a connection.
import { bundlePath } from "./bundle-runners";
import { runMeasured } from "./cpu-time";
import { GENERATOR_CPU } from "./pinning";
import type { MemoryRunResult } from "./run-engine-memory";
import type { RateRunResult } from "./run-engine-rate";
import { fmt, formatTable } from "./table";

const SLACK_MS = 60_000;
/** Seconds at the start of a TPS run that are warm-up: connections opening, code not yet optimised. */
export const RATE_WARMUP_SECONDS = 1;

const lastLine = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as unknown;

export async function measureRate(
  url: string,
  rate: number,
  maxVus: number,
  durationSeconds: number,
): Promise<RateRunResult> {
  const argv = [process.execPath, bundlePath("run-engine-rate"), "--url", url, "--rate", String(rate)];
  argv.push("--duration", String(durationSeconds), "--max-vus", String(maxVus));
  const run = await runMeasured(argv, GENERATOR_CPU, durationSeconds * 1000 + SLACK_MS);
  return lastLine(run.stdout) as RateRunResult;
}

export async function measureMemory(url: string, vus: number, mode: "idle" | "connected"): Promise<MemoryRunResult> {
  const argv = [process.execPath, "--expose-gc", bundlePath("run-engine-memory")];
  argv.push("--url", url, "--vus", String(vus), "--mode", mode);
  const run = await runMeasured(argv, GENERATOR_CPU, SLACK_MS * 2);
  return lastLine(run.stdout) as MemoryRunResult;
}

/** Whole seconds after warm-up; the last second is cut short by the end of the run, so it is left out. */
function steadySeconds(r: RateRunResult): number[] {
  return r.perSecond.slice(RATE_WARMUP_SECONDS, Math.floor(r.durationSeconds));
}

export function formatRate(r: RateRunResult): string {
  const achieved = r.iterations / r.durationSeconds;
  const steady = steadySeconds(r);
  const worst = Math.max(0, ...steady.map((n) => Math.abs(n - r.rate) / r.rate));
  const overRun = Math.abs(achieved - r.rate) / r.rate;
  const table = formatTable(
    ["target it/s", "achieved it/s", "vs target", "worst second*", "dropped", "failures", "lateness p50", "p99", "CPU"],
    [
      [
        fmt.int(r.rate),
        fmt.int(achieved),
        `${((achieved / r.rate - 1) * 100).toFixed(2)}%`,
        `${(worst * 100).toFixed(2)}%`,
        fmt.int(r.dropped),
        fmt.int(r.failures),
        `${r.latenessP50Ms.toFixed(2)} ms`,
        `${r.latenessP99Ms.toFixed(2)} ms`,
        `${fmt.percent((r.cpuSeconds / r.elapsedSeconds) * 100)} of a core`,
      ],
    ],
  );
  const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
  return [
    `TPS mode: GET at ${fmt.int(r.rate)} iterations/s, one generator core`,
    table,
    `per second: ${r.perSecond.map((n, i) => (r.droppedPerSecond[i] ? `${fmt.int(n)} (${fmt.int(r.droppedPerSecond[i]!)} dropped)` : fmt.int(n))).join(", ")}`,
    `* after ${RATE_WARMUP_SECONDS} s of warm-up, whole seconds only`,
    `Target: within ±1% over the run: ${(overRun * 100).toFixed(2)}% -> ${verdict(overRun <= 0.01)}; ` +
      `±2% each second after warm-up: ${(worst * 100).toFixed(2)}% -> ${verdict(worst <= 0.02)}; ` +
      `scheduler lateness p99 <= 5 ms: ${r.latenessP99Ms.toFixed(2)} ms -> ${verdict(r.latenessP99Ms <= 5)}`,
  ].join("\n");
}

export function formatMemory(results: MemoryRunResult[]): string {
  const limits = { idle: 16, connected: 64 };
  const rows = results.map((r) => [
    r.mode === "idle" ? "idle VU (think time, no connection)" : "VU holding its own connection",
    fmt.int(r.vus),
    fmt.int(r.requests),
    r.rssKbPerVu.toFixed(1),
    r.heapKbPerVu.toFixed(1),
    `<= ${limits[r.mode]} KB: ${r.rssKbPerVu <= limits[r.mode] && r.heapKbPerVu <= limits[r.mode] ? "met" : "NOT met"}`,
  ]);
  return [
    "Memory per virtual user (growth of the generator process over its baseline, divided by VUs)",
    formatTable(["VU", "VUs", "requests", "RSS KB/VU", "heap KB/VU", "target"], rows),
  ].join("\n");
}
