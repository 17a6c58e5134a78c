import { afterEach, describe, expect, it } from "vitest";
import { type CountingServer, startCountingServer } from "./test-support/counting-server";
import { runScenario } from "./test-support/run-scenario";

let server: CountingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("latency truth against a real server", () => {
  it("in TPS mode, a one-second stall of the target shows in p99 (arrivals keep coming while it stalls)", async () => {
    // The freeze is timed from the run's own start (known only once warm-up and pre-connect are done).
    let startedAtMs = Number.POSITIVE_INFINITY;
    server = await startCountingServer((_req, res) => {
      // Frozen from 1.5 s to 2.5 s after the run's start: everything that arrives then waits for the thaw.
      const thaw = startedAtMs + 2500;
      const now = Date.now();
      if (now >= startedAtMs + 1500 && now < thaw) setTimeout(() => res.end("late"), thaw - now);
      else res.end("ok");
    });
    const { summary } = await runScenario(
      { flows: [{ name: "f", steps: [{ type: "http", name: "api", url: server.url }] }] },
      { mode: "rate", targetRate: 200, maxVus: 400, durationSeconds: 4 },
      { onStart: (at) => (startedAtMs = at) },
    );
    // About a quarter of the requests arrived during the stall and waited up to a second.
    expect(summary.latency.p99).toBeGreaterThan(700);
    expect(summary.latency.max).toBeGreaterThan(800);
    expect(summary.latency.p50).toBeLessThan(100);
  });
});
