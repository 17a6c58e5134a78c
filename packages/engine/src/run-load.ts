import { secretValuesOf, type TRunSummary } from "@stampede/contracts";
import { compileScenario } from "./compile/compile-scenario";
import { createDataFeeders } from "./data/data-feeders";
import { executorFor } from "./executors/executor-for";
import { FrameTicker } from "./frame-ticker";
import { CpuMeter } from "./metrics/cpu-meter";
import { TargetGuard } from "./http/target-guard";
import { openTransport, transportOver } from "./http/transport";
import { MetricsCollector } from "./metrics/collector";
import { RendezvousPoints } from "./rendezvous";
import { drain, stopGraceMs, untilEnd } from "./run-end";
import { runIteration } from "./run-iteration";
import { DEFAULT_SAMPLING, Sampler } from "./sampling/sampler";
import type { RunContext } from "./run-context";
import { sleep } from "./timers";
import { fetchToken } from "./token/fetch-token";
import { TokenProvider } from "./token/token-provider";
import { MemoryTokenStore } from "./token/token-store";
import { type RunLoadOptions, systemClock, type TimerHandle } from "./types";
import { warmUpEngine } from "./warm-up";

/**
 * Runs one shard of a run: compiles the scenario, drives VUs by the load model until the duration ends,
 * the load has no more work, or the signal aborts. No iteration starts after that. At the end of the
 * duration VUs finish the request they are in (so what the target served is what is counted); after a
 * stop they get a grace (see stopGraceMs), then what is still in flight is cancelled and counted as
 * `aborted`. One frame per second goes to the sink; the returned summary is the sum of those frames.
 */
/** What a start fixed ahead keeps free after the warm-up, for opening the VUs' connections. */
const PRECONNECT_ALLOWANCE_MS = 500;

export async function runLoad(options: RunLoadOptions): Promise<TRunSummary> {
  const { plan, sink, signal } = options;
  const clock = options.clock ?? systemClock;
  const feeders = createDataFeeders(plan.scenario.dataSources, plan.data ?? {}, Math.random, plan.shard);
  const scenario = compileScenario(plan.scenario, { dataParams: feeders.params });
  const load = plan.load;
  if (options.warmUp ?? load.mode === "rate") {
    // With a start fixed ahead, the warm-up ends in time for the pre-connect before it.
    const deadline =
      plan.startedAtMs === undefined
        ? undefined
        : { atMs: plan.startedAtMs - PRECONNECT_ALLOWANCE_MS, now: () => clock.now() };
    await warmUpEngine(runLoad, undefined, deadline);
  }
  const targets = plan.allowlist ? new TargetGuard(plan.allowlist) : undefined;
  const transport = options.dispatcher
    ? transportOver(options.dispatcher)
    : await openTransport(scenario, load, clock, targets);
  // Fixed only now, after warm-up and pre-connect: a start fixed before them would put the schedule's
  // first moments in the past, and a TPS run would start with a burst of late and dropped iterations.
  const startedAtMs = plan.startedAtMs ?? clock.now();
  // A start set ahead (the worker's TPS runs, so that every shard is ready at once) is waited for.
  await sleep(clock, startedAtMs - clock.now(), signal);
  options.onStart?.(startedAtMs);

  const collector = new MetricsCollector();
  const sleepers = new Set<() => void>();
  let stopping = false;
  let aborted = false;
  const rendezvous = new RendezvousPoints(clock);
  const ctx: RunContext = {
    dispatcher: transport.dispatcher,
    connections: transport.connections,
    redirectingDispatcher: transport.redirectingDispatcher,
    collector,
    clock,
    hrtime: clock.hrtime.bind(clock),
    tokenProvider: undefined,
    targets,
    rendezvous,
    sampler: sink.sample
      ? new Sampler(
          (s) => sink.sample!(s),
          () => clock.now(),
          DEFAULT_SAMPLING,
          secretValuesOf(plan.scenario),
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
          clock.clearTimeout(timer);
          sleepers.delete(wake);
          resolve();
        };
        const timer: TimerHandle = clock.setTimeout(wake, ms);
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

  const executor = executorFor(load, scenario, {
    ctx,
    startedAtMs,
    joinsMidRun: plan.joinsMidRun,
    iterate: (vu) => runIteration(ctx, vu, feeders),
  });
  const unsubscribe = options.control?.subscribe((value, flow) => executor.setSpeed(value, flow));

  const cpu = new CpuMeter(clock);
  const ticker = new FrameTicker(clock, startedAtMs, (second) =>
    sink.frame(collector.cut(second, executor.activeVus(), cpu.sinceLast(), ctx.tokenProvider?.cutActivity())),
  );
  // A stop that came while waiting for the start leaves nothing to start: not even the first iteration.
  if (!signal?.aborted) executor.start();

  const endAtMs = startedAtMs + load.durationSeconds * 1000;
  const reason = await untilEnd(clock, endAtMs, executor.exhausted, signal);
  // The end timer may fire before the executor's last tick: what fell due before the end still starts.
  if (reason === "duration") executor.catchUp();
  stopping = true;
  unsubscribe?.();
  for (const wake of [...sleepers]) wake();
  rendezvous.releaseAll();
  const finished = executor.stop();
  if (!(await drain(finished, clock, stopGraceMs(scenario), signal))) {
    aborted = true;
    await transport.destroy();
    await finished;
  }
  ticker.stop();
  sink.frame(collector.cut(ticker.currentSecond(), 0, cpu.sinceLast(), ctx.tokenProvider?.cutActivity()));
  if (!aborted) await transport.close();
  const elapsedSeconds = Math.max(0.001, (clock.now() - startedAtMs) / 1000);
  return collector.summary(Math.round(elapsedSeconds * 1000) / 1000);
}
