import { afterEach, describe, expect, it } from "vitest";
import { type CountingServer, startCountingServer } from "./test-support/counting-server";
import { runScenario } from "./test-support/run-scenario";

let server: CountingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// The exact rules are tested in virtual time (flow-rates-virtual.test.ts); this checks them against a real
// server and the real clock, counted where it matters: at the target, per path.
describe("per-flow rates and a funnel against a real server", () => {
  it("serves each flow at its rate and each funnel API in its proportion, within 2%", async () => {
    const byPath = new Map<string, number>();
    server = await startCountingServer((req, res) => {
      byPath.set(req.url!, (byPath.get(req.url!) ?? 0) + 1);
      res.end("ok");
    });
    const api = (name: string) => ({ type: "http" as const, name, url: `${server!.url}/${name}` });
    const scenario = {
      flows: [
        { name: "browse", steps: [api("list"), api("detail"), api("cart")] },
        { name: "buy", steps: [api("pay")] },
      ],
    };
    const { summary } = await runScenario(scenario, {
      mode: "rate",
      targetRate: 150,
      maxVus: 100,
      durationSeconds: 4,
      flowRates: [
        {
          flow: "browse",
          rate: 100,
          funnel: [
            { step: "detail", rate: 50 },
            { step: "cart", rate: 20 },
          ],
        },
        { flow: "buy", rate: 50 },
      ],
    });
    const served = (path: string) => byPath.get(path) ?? 0;
    const near = (actual: number, expected: number) =>
      expect(Math.abs(actual - expected)).toBeLessThanOrEqual(expected * 0.02);
    near(served("/list"), 400);
    near(served("/pay"), 200);
    near(served("/detail") / served("/list"), 0.5);
    near(served("/cart") / served("/detail"), 0.4);
    expect(summary.iterations + summary.droppedIterations).toBe(600);
    expect(server.served()).toBe(summary.requests);
  });
});
