import { afterEach, describe, expect, it } from "vitest";
import { type CountingServer, startCountingServer } from "../test-support/counting-server";
import { runScenario } from "../test-support/run-scenario";

let server: CountingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const hello = (url: string) => ({ flows: [{ name: "f", steps: [{ type: "http" as const, name: "hello", url }] }] });

describe("arrival-rate (TPS) mode", () => {
  it("achieves the target rate within 1% over the run", async () => {
    server = await startCountingServer((_req, res) => res.end("ok"));
    const { summary, frames } = await runScenario(hello(server.url), {
      mode: "rate",
      targetRate: 400,
      maxVus: 50,
      durationSeconds: 4,
    });
    expect(summary.iterations).toBeGreaterThanOrEqual(1584);
    expect(summary.iterations).toBeLessThanOrEqual(1600);
    expect(summary.droppedIterations).toBe(0);
    // The warm-up before a TPS run goes to a server of the engine's own: the target sees only the run,
    // and nothing of the warm-up is reported.
    expect(server.served()).toBe(summary.requests);
    expect(summary.steps.map((s) => s.step)).toEqual(["hello"]);
    // Every started slot was measured against its scheduled time.
    expect(summary.schedulerLateness).toBeDefined();
    // Each full second after the first carries the rate (±2%).
    for (const f of frames.slice(1, 3)) {
      expect(f.iterations).toBeGreaterThanOrEqual(392);
      expect(f.iterations).toBeLessThanOrEqual(408);
    }
  });

  it("counts dropped iterations when max VUs cannot keep up, and never sends them", async () => {
    server = await startCountingServer((_req, res) => setTimeout(() => res.end("slow"), 100));
    const { summary } = await runScenario(hello(server.url), {
      mode: "rate",
      targetRate: 100,
      maxVus: 2,
      durationSeconds: 2,
    });
    // Two VUs at 100 ms each manage about 20 iterations a second; the other ~80 a second are dropped.
    expect(summary.droppedIterations).toBeGreaterThan(120);
    expect(summary.iterations + summary.droppedIterations).toBeGreaterThanOrEqual(196);
    expect(summary.iterations + summary.droppedIterations).toBeLessThanOrEqual(200);
    expect(server.served()).toBe(summary.requests);
  });
});
