import { afterEach, describe, expect, it } from "vitest";
import { type CountingServer, startCountingServer } from "./test-support/counting-server";
import { runScenario } from "./test-support/run-scenario";

let server: CountingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A target that freezes for 1 s, from 1 s after the first request it sees (the run's start, not the test's). */
async function freezingServer(): Promise<CountingServer> {
  let firstAt: number | undefined;
  return startCountingServer((_req, res) => {
    const now = Date.now();
    firstAt ??= now;
    const thaw = firstAt + 2000;
    if (now >= firstAt + 1000 && now < thaw) setTimeout(() => res.end("late"), thaw - now);
    else res.end("ok");
  });
}

const scenario = (url: string) => ({ flows: [{ name: "f", steps: [{ type: "http" as const, name: "api", url }] }] });

// Loose on purpose (two busy cores must not fail it): the stall is 1 s; 700 ms is the bar.
describe("coordinated omission against a real server that freezes for 1 s", () => {
  it("VU mode: the corrected p99 shows the stall that the raw p99 hides", async () => {
    server = await freezingServer();
    const { summary } = await runScenario(scenario(server.url), { mode: "concurrency", vus: 10, durationSeconds: 3 });
    const figures = `raw p99 ${summary.latency.p99} ms, corrected p99 ${summary.latencyCorrected?.p99} ms`;
    // Each VU sat out the freeze in one request: 10 slow requests among thousands.
    expect(summary.latency.max).toBeGreaterThan(700);
    expect(summary.latencyCorrected!.p99, figures).toBeGreaterThanOrEqual(700);
    expect(summary.latencyCorrected!.p99).toBeGreaterThan(summary.latency.p99);
    expect(summary.steps[0]!.latencyCorrected!.p99).toBeGreaterThanOrEqual(700);
  });

  it("TPS mode: the corrected p99 shows the stall, measured from each iteration's intended start", async () => {
    server = await freezingServer();
    const { summary } = await runScenario(scenario(server.url), {
      mode: "rate",
      targetRate: 200,
      maxVus: 400,
      durationSeconds: 3,
    });
    const figures = `raw p99 ${summary.latency.p99} ms, corrected p99 ${summary.latencyCorrected?.p99} ms`;
    expect(summary.latencyCorrected!.p99, figures).toBeGreaterThanOrEqual(700);
    expect(summary.latencyCorrected!.p99).toBeGreaterThanOrEqual(summary.latency.p99);
    expect(summary.latencyCorrected!.p50).toBeLessThan(100);
  });
});
