import type { TRunSummary } from "@stampede/contracts";
import { Agent, interceptors } from "undici";
import { type CompiledFlow, compileScenario } from "./compile";
import { executeStep, type StepContext } from "./execute-step";
import { MetricsCollector } from "./metrics/collector";
import { type RunLoadOptions, systemClock } from "./types";
import { FrameTicker } from "./frame-ticker";

/** Picks flows for VUs by weight, deterministically: VU i gets slot i of a weighted round robin. */
function flowForVu(flows: CompiledFlow[], vu: number): CompiledFlow {
  const total = flows.reduce((n, f) => n + f.weight, 0);
  let slot = vu % total;
  for (const flow of flows) {
    if (slot < flow.weight) return flow;
    slot -= flow.weight;
  }
  return flows[0]!;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs one shard of a run in concurrency mode: `load.vus` virtual users, started evenly over the ramp-up,
 * each looping over its flow until the duration ends. At the end VUs finish the request they are in
 * (so what the target served is what is counted); an abort cancels in-flight requests instead.
 * One frame per second goes to the sink; the returned summary is the sum of those frames.
 */
export async function runLoad(options: RunLoadOptions): Promise<TRunSummary> {
  const { plan, sink, signal } = options;
  const clock = options.clock ?? systemClock;
  const scenario = compileScenario(plan.scenario);
  const load = plan.load;
  const startedAtMs = plan.startedAtMs ?? clock.now();
  const endAtMs = startedAtMs + load.durationSeconds * 1000;

  const agent = new Agent({ connections: Math.max(1, load.vus), keepAliveTimeout: 30_000, pipelining: 1 });
  const collector = new MetricsCollector();
  let stopping = false;
  let aborted = false;
  let activeVus = 0;
  const ctx: StepContext = {
    dispatcher: agent,
    redirectingDispatcher: agent.compose(interceptors.redirect({ maxRedirections: 10 })),
    collector,
    hrtime: () => clock.hrtime(),
    get aborted() {
      return aborted;
    },
  };

  const ticker = new FrameTicker(clock, startedAtMs, (second) => sink.frame(collector.cut(second, activeVus)));

  async function virtualUser(flow: CompiledFlow): Promise<void> {
    activeVus++;
    const params = { ...scenario.globals };
    let yieldedAt = clock.hrtime();
    try {
      while (!stopping) {
        for (const step of flow.steps) {
          if (stopping) return;
          await executeStep(ctx, step, params);
        }
        if (stopping && aborted) return;
        collector.iterationDone();
        // A request that fails before reaching the socket resolves without an event-loop turn; a VU
        // looping on such failures would starve timers (the frame ticker, the end of the run).
        if (clock.hrtime() - yieldedAt > 20) {
          await yieldToEventLoop();
          yieldedAt = clock.hrtime();
        }
      }
    } finally {
      activeVus--;
    }
  }

  const vus: Promise<void>[] = [];
  // VUs waiting for their ramp-up slot; a stop before the slot releases them unstarted.
  const pendingStarts = new Set<{ timer: NodeJS.Timeout; release: () => void }>();
  const rampMs = load.rampUpSeconds * 1000;
  for (let i = 0; i < load.vus; i++) {
    const flow = flowForVu(scenario.flows, i);
    const delay = load.vus > 1 ? startedAtMs + (rampMs * i) / load.vus - clock.now() : 0;
    if (delay <= 0) vus.push(virtualUser(flow));
    else {
      vus.push(
        new Promise<void>((resolve) => {
          const entry = {
            release: resolve,
            timer: setTimeout(() => {
              pendingStarts.delete(entry);
              void virtualUser(flow).then(resolve);
            }, delay),
          };
          pendingStarts.add(entry);
        }),
      );
    }
  }

  await new Promise<void>((resolve) => {
    const end = setTimeout(resolve, Math.max(0, endAtMs - clock.now()));
    const onAbort = () => {
      clearTimeout(end);
      aborted = true;
      resolve();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
  stopping = true;
  for (const pending of pendingStarts) {
    clearTimeout(pending.timer);
    pending.release();
  }
  pendingStarts.clear();
  if (aborted) await agent.destroy().catch(() => undefined);
  await Promise.all(vus);
  ticker.stop();
  sink.frame(collector.cut(ticker.currentSecond(), 0));
  if (!aborted) await agent.close().catch(() => undefined);
  const elapsedSeconds = Math.max(0.001, (clock.now() - startedAtMs) / 1000);
  return collector.summary(Math.round(elapsedSeconds * 1000) / 1000);
}
