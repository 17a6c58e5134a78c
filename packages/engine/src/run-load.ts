import type { TRunSummary } from "@stampede/contracts";
import { Agent, interceptors } from "undici";
import { compileScenario, type CompiledFlow } from "./compile/compile-scenario";
import { createDataFeeders } from "./data/data-feeders";
import { ArrivalRateExecutor } from "./executors/arrival-rate";
import { ConstantVusExecutor } from "./executors/constant-vus";
import type { Executor } from "./executors/executor";
import { FrameTicker } from "./frame-ticker";
import { CpuMeter } from "./metrics/cpu-meter";
import { preconnect } from "./http/preconnect";
import { VuConnections } from "./http/vu-connections";
import { WarmConnector } from "./http/warm-connector";
import { MetricsCollector } from "./metrics/collector";
import { RendezvousPoints } from "./rendezvous";
import { Sampler } from "./sampling/sampler";
import type { RunContext, VirtualUser } from "./run-context";
import { fetchToken } from "./token/fetch-token";
import { TokenProvider } from "./token/token-provider";
import { MemoryTokenStore } from "./token/token-store";
import { type RunLoadOptions, systemClock } from "./types";
import { newVirtualUser } from "./virtual-user";
import { warmUpEngine } from "./warm-up";

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

function untilStart(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * Runs one shard of a run: compiles the scenario, drives VUs by the load model until the duration ends,
 * the load has no more work, or the signal aborts. At the end VUs finish the request they are in (so what
 * the target served is what is counted); an abort cancels in-flight requests instead. One frame per second
 * goes to the sink; the returned summary is the sum of those frames.
 */
export async function runLoad(options: RunLoadOptions): Promise<TRunSummary> {
  const { plan, sink, signal } = options;
  const clock = options.clock ?? systemClock;
  const feeders = createDataFeeders(plan.scenario.dataSources, plan.data ?? {}, Math.random, plan.shard);
  const scenario = compileScenario(plan.scenario, { dataParams: feeders.params });
  const load = plan.load;
  const maxVus = load.mode === "rate" ? load.maxVus : load.vus;
  if (options.warmUp ?? load.mode === "rate") await warmUpEngine(runLoad);

  const connector = new WarmConnector();
  const connections = new VuConnections(connector.connect);
  const agent = new Agent({
    connections: Math.max(1, maxVus),
    keepAliveTimeout: 30_000,
    pipelining: 1,
    connect: connector.connect,
  });
  await preconnect(connector, scenario, load);
  const startedAtMs = plan.startedAtMs ?? clock.now();
  // A start set ahead (the worker's TPS runs, so that every shard is ready at once) is waited for.
  await untilStart(startedAtMs - clock.now(), signal);
  const endAtMs = startedAtMs + load.durationSeconds * 1000;
  const collector = new MetricsCollector();
  const rendezvous = new RendezvousPoints();
  const sleepers = new Set<() => void>();
  let stopping = false;
  let aborted = false;
  const ctx: RunContext = {
    dispatcher: agent,
    connections,
    redirectingDispatcher: agent.compose(interceptors.redirect({ maxRedirections: 10 })),
    collector,
    clock,
    hrtime: clock.hrtime.bind(clock),
    tokenProvider: undefined,
    rendezvous,
    sampler: sink.sample
      ? new Sampler(
          (s) => sink.sample!(s),
          () => clock.now(),
        )
      : undefined,
    get stopping() {
      return stopping;
    },
    get aborted() {
      return aborted;
    },
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          sleepers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        sleepers.add(wake);
      }),
  };
  if (scenario.tokenProvider) {
    const provider = scenario.tokenProvider;
    ctx.tokenProvider = new TokenProvider(
      provider,
      options.tokenStore ?? new MemoryTokenStore(),
      () => fetchToken(ctx, provider, scenario.globals),
      clock,
    );
  }

  const createVu = (index: number): VirtualUser => newVirtualUser(index, flowForVu(scenario.flows, index), scenario);
  const deps = { ctx, startedAtMs, createVu, feeders };
  const executor: Executor =
    load.mode === "rate" ? new ArrivalRateExecutor(load, deps) : new ConstantVusExecutor(load, deps);
  const unsubscribe = options.control?.subscribe((value) => executor.setSpeed(value));

  const cpu = new CpuMeter(clock);
  const ticker = new FrameTicker(clock, startedAtMs, (second) =>
    sink.frame(collector.cut(second, executor.activeVus(), cpu.sinceLast())),
  );
  executor.start();

  await new Promise<void>((resolve) => {
    const end = setTimeout(resolve, Math.max(0, endAtMs - clock.now()));
    void executor.exhausted.then(() => {
      clearTimeout(end);
      resolve();
    });
    const onAbort = () => {
      clearTimeout(end);
      aborted = true;
      resolve();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
  stopping = true;
  unsubscribe?.();
  for (const wake of [...sleepers]) wake();
  rendezvous.releaseAll();
  if (aborted) await Promise.all([agent.destroy().catch(() => undefined), connections.destroy()]);
  await executor.stop();
  ticker.stop();
  sink.frame(collector.cut(ticker.currentSecond(), 0, cpu.sinceLast()));
  if (!aborted) await Promise.all([agent.close().catch(() => undefined), connections.close()]);
  connector.close();
  const elapsedSeconds = Math.max(0.001, (clock.now() - startedAtMs) / 1000);
  return collector.summary(Math.round(elapsedSeconds * 1000) / 1000);
}
