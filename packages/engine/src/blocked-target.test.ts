import type { TRequestSample } from "@stampede/contracts";
import { LOOPBACK_ALLOWLIST, ZLoadConfig, ZScenarioSpec, type TScenarioSpecInput } from "@stampede/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { debugIteration } from "./debug/debug-iteration";
import { runLoad } from "./run-load";
import { type CountingServer, startCountingServer } from "./test-support/counting-server";

let server: CountingServer;
beforeAll(async () => {
  server = await startCountingServer((_req, res) => res.end("ok"));
});
afterAll(() => server.close());

/** Runs 20 iterations on 2 VUs under `allowlist`, keeping the sampled log. */
async function run(spec: TScenarioSpecInput, allowlist: readonly string[] = LOOPBACK_ALLOWLIST) {
  const samples: TRequestSample[] = [];
  const before = server.served();
  const summary = await runLoad({
    plan: {
      scenario: ZScenarioSpec.parse(spec),
      load: ZLoadConfig.parse({ vus: 2, durationSeconds: 20, iterations: 20 }) as never,
      allowlist,
    },
    sink: { frame: () => undefined, sample: (s) => samples.push(s) },
  });
  const step = (name: string) => summary.steps.find((s) => s.step === name);
  return { summary, step, samples, served: server.served() - before };
}

const get = (name: string, url: string) => ({ type: "http" as const, name, url });

describe("a request whose host is outside the allowlist is not sent", () => {
  it("a global that renders to an outside host: blocked_target counted, never sent, the iteration stops", async () => {
    const { summary, step, samples, served } = await run({
      globals: [{ name: "base", value: "http://blocked.invalid" }],
      flows: [
        {
          name: "f",
          steps: [get("ok", `${server.url}/ok`), get("evil", "${base}/steal"), get("after", `${server.url}/after`)],
        },
      ],
    });
    expect(served).toBe(20); // only "ok"
    expect(step("ok")).toMatchObject({ requests: 20, failures: 0 });
    expect(step("evil")).toMatchObject({ requests: 0, failures: 0, errors: { blocked_target: 20 } });
    expect(step("after")).toBeUndefined();
    expect(summary.iterations).toBe(0);
    const sample = samples.find((s) => s.step === "evil")!;
    expect(sample).toMatchObject({ kind: "failure", latencyMs: 0 });
    expect(sample.error).toBe("blocked_target: host blocked.invalid is not in the target allowlist");
  });

  it("cloud metadata is refused even under `*`", async () => {
    const { step } = await run({ flows: [{ name: "f", steps: [get("meta", "http://169.254.169.254/latest/")] }] }, [
      "*",
    ]);
    expect(step("meta")).toMatchObject({ requests: 0, errors: { blocked_target: 20 } });
  });

  it("without an allowlist (the engine's own tests) every host is allowed", async () => {
    const samples: TRequestSample[] = [];
    const summary = await runLoad({
      plan: {
        scenario: ZScenarioSpec.parse({ flows: [{ name: "f", steps: [get("ok", `${server.url}/ok`)] }] }),
        load: ZLoadConfig.parse({ vus: 1, durationSeconds: 20, iterations: 3 }) as never,
      },
      sink: { frame: () => undefined, sample: (s) => samples.push(s) },
    });
    expect(summary.requests).toBe(3);
  });
});

describe("a followed redirect to a host outside the allowlist", () => {
  it("is not followed: the step fails as blocked_target and the other host gets nothing", async () => {
    const elsewhere = await startCountingServer((_req, res) => res.end("secret"));
    const bouncer = await startCountingServer((_req, res) => {
      res.statusCode = 302;
      res.setHeader("location", `${elsewhere.url}/latest/meta-data/`);
      res.end();
    });
    const bounce = (allowlist: string[]) =>
      runLoad({
        plan: {
          scenario: ZScenarioSpec.parse({
            flows: [{ name: "f", steps: [{ ...get("bounce", `${bouncer.url}/go`), followRedirects: true }] }],
          }),
          load: ZLoadConfig.parse({ vus: 1, durationSeconds: 20, iterations: 3 }) as never,
          allowlist,
        },
        sink: { frame: () => undefined },
      });
    try {
      // Only the first server: the one it redirects to is outside.
      const blocked = await bounce([new URL(bouncer.url).host]);
      expect(bouncer.served()).toBe(3);
      expect(elsewhere.served()).toBe(0);
      expect(blocked.steps[0]).toMatchObject({ requests: 3, failures: 3, errors: { blocked_target: 3 } });
      // Both allowed: followed as before.
      const followed = await bounce([new URL(bouncer.url).host, new URL(elsewhere.url).host]);
      expect(elsewhere.served()).toBe(3);
      expect(followed.steps[0]).toMatchObject({ requests: 3, failures: 0 });
    } finally {
      await Promise.all([elsewhere.close(), bouncer.close()]);
    }
  });
});

describe("the debugger shows a blocked step", () => {
  it("as blocked_target, not sent, and stops the iteration there", async () => {
    const before = server.served();
    const result = await debugIteration(
      {
        spec: ZScenarioSpec.parse({
          flows: [{ name: "f", steps: [get("evil", "http://blocked.invalid/x"), get("after", `${server.url}/a`)] }],
        }),
      },
      { allowlist: LOOPBACK_ALLOWLIST },
    );
    expect(server.served() - before).toBe(0);
    expect(result.outcome).toBe("error");
    expect(result.steps[0]).toMatchObject({ status: "error", errorKind: "blocked_target" });
    expect(result.error).toBe(
      "the request was not sent: host blocked.invalid is not in the target allowlist; the iteration stops here",
    );
  });
});
