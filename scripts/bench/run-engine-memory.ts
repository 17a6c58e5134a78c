// Generator: how much memory a virtual user costs. `--mode idle`: VUs that sleep (think time) before their
// first request, so they hold no connection. `--mode connected`: VUs that send one request and then sleep,
// each keeping its own keep-alive connection open. Prints one JSON line.
import { parseArgs } from "node:util";
import { ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { runLoad } from "@stampede/engine";

/** What the memory case reports, per VU: the growth of the process over its baseline, divided by VUs. */
export interface MemoryRunResult {
  mode: "idle" | "connected";
  vus: number;
  /** Requests sent before the measurement (connected mode: one per VU). */
  requests: number;
  rssKbPerVu: number;
  heapKbPerVu: number;
}

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    vus: { type: "string", default: "10000" },
    mode: { type: "string", default: "idle" },
  },
});
if (!values.url) throw new Error("--url is required");
const mode = values.mode === "connected" ? "connected" : "idle";
const vus = Number(values.vus);
const SETTLE_MS = mode === "connected" ? 6_000 : 3_000;

const get = { type: "http", name: "GET", url: values.url };
const sleep = { type: "think", ms: 600_000 };
const scenario = ZScenarioSpec.parse({ flows: [{ name: "f", steps: mode === "idle" ? [sleep, get] : [get, sleep] }] });
const load = ZLoadConfig.parse({ mode: "concurrency", vus, durationSeconds: SETTLE_MS / 1000 + 2 });

const snapshot = () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
};
const before = snapshot();
let requests = 0;
let after = before;
setTimeout(() => (after = snapshot()), SETTLE_MS);
await runLoad({
  plan: { scenario, load },
  sink: { frame: (f) => (requests += f.steps.reduce((n, s) => n + s.requests, 0)) },
});
const result: MemoryRunResult = {
  mode,
  vus,
  requests,
  rssKbPerVu: (after.rss - before.rss) / 1024 / vus,
  heapKbPerVu: (after.heap - before.heap) / 1024 / vus,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
