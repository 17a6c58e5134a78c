import { afterEach, describe, expect, it } from "vitest";
import { type CountingServer, startCountingServer } from "../test-support/counting-server";
import { runScenario } from "../test-support/run-scenario";

let server: CountingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const hello = (url: string) => ({ flows: [{ name: "f", steps: [{ type: "http" as const, name: "hello", url }] }] });

// The exact rules are tested in virtual time (arrival-rate.test.ts); this only checks that they hold against
// a real server and the real clock, with tolerances wide enough for a machine whose cores are both busy.
describe("arrival-rate (TPS) mode against a real server", () => {
  it("comes near the target rate, and the target serves exactly what is reported", async () => {
    server = await startCountingServer((_req, res) => res.end("ok"));
    const { summary } = await runScenario(hello(server.url), {
      mode: "rate",
      targetRate: 200,
      maxVus: 50,
      durationSeconds: 3,
    });
    expect(summary.iterations + summary.droppedIterations).toBe(600);
    expect(summary.iterations).toBeGreaterThanOrEqual(510);
    // The warm-up before a TPS run goes to a server of the engine's own: the target sees only the run.
    expect(server.served()).toBe(summary.requests);
    expect(summary.steps.map((s) => s.step)).toEqual(["hello"]);
    expect(summary.schedulerLateness).toBeDefined();
  });
});
