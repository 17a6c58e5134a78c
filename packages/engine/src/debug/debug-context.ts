import type { CompiledScenario } from "../compile/compile-scenario";
import type { TargetGuard } from "../http/target-guard";
import { MetricsCollector } from "../metrics/collector";
import type { RunContext } from "../run-context";
import type { StepTracer } from "../step-tracer";
import { fetchToken } from "../token/fetch-token";
import { TokenProvider } from "../token/token-provider";
import { MemoryTokenStore } from "../token/token-store";
import { systemClock } from "../types";
import type { DebugSession } from "./debug-session";

/** The debugger shows think time without making a person wait for it. */
export const DEBUG_MAX_THINK_MS = 1000;

/**
 * A run context for one debugged VU: the session's own pool for every request, a token provider of its
 * own (so a debug never touches a run's token), rendezvous that never wait (one VU could only time out),
 * think time cut at 1 s, and the tracer that records every step. The steps run on the run's own code.
 */
export function createDebugContext(
  session: DebugSession,
  scenario: CompiledScenario,
  tracer: StepTracer,
  targets?: TargetGuard,
): RunContext {
  const ctx: RunContext = {
    dispatcher: session.dispatcher,
    connections: { for: () => session.dispatcher },
    redirectingDispatcher: session.redirectingDispatcher,
    // A run's counters, which nobody reads here: the tracer sees each outcome as the run counts it.
    collector: new MetricsCollector(),
    clock: systemClock,
    hrtime: systemClock.hrtime,
    tokenProvider: undefined,
    targets,
    rendezvous: { arrive: () => Promise.resolve() },
    sampler: undefined,
    get stopping() {
      return session.aborted;
    },
    get aborted() {
      return session.aborted;
    },
    sleep: (ms) => session.sleep(Math.min(ms, DEBUG_MAX_THINK_MS)),
    tracer,
  };
  const provider = scenario.tokenProvider;
  if (provider) {
    const fetch = () => fetchToken(ctx, provider, scenario.globals);
    ctx.tokenProvider = new TokenProvider(provider, new MemoryTokenStore(), fetch, systemClock);
  }
  return ctx;
}
