import { afterEach, describe, expect, it } from "vitest";
import { type CountingServer, startCountingServer } from "./test-support/counting-server";
import { runScenario } from "./test-support/run-scenario";

let server: CountingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("latency truth", () => {
  it("in TPS mode, a one-second stall of the target shows in p99 (arrivals keep coming while it stalls)", async () => {
    const started = Date.now();
    server = await startCountingServer((_req, res) => {
      // Frozen from 1.5 s to 2.5 s after the start: everything that arrives then waits for the thaw.
      const thaw = started + 2500;
      const now = Date.now();
      if (now >= started + 1500 && now < thaw) setTimeout(() => res.end("late"), thaw - now);
      else res.end("ok");
    });
    const { summary } = await runScenario(
      { flows: [{ name: "f", steps: [{ type: "http", name: "api", url: server.url }] }] },
      { mode: "rate", targetRate: 200, maxVus: 400, durationSeconds: 4 },
    );
    // About a quarter of the requests arrived during the stall and waited up to a second.
    expect(summary.droppedIterations).toBe(0);
    expect(summary.latency.p99).toBeGreaterThan(800);
    expect(summary.latency.max).toBeGreaterThan(900);
    expect(summary.latency.p50).toBeLessThan(50);
  });
});
