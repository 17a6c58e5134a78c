import type { CompiledScenario } from "./compile/compile-scenario";
import type { Clock, TimerHandle } from "./types";

/** The longest a stop waits for answers in flight before it cancels them. */
const STOP_GRACE_MS = 2000;

/** Why a run's load ended: its duration is over, the executor has no more work, or the run was stopped. */
export type EndReason = "duration" | "exhausted" | "stop";

/** A stop's grace: 2 s, or the longest request timeout if lower (no answer can come later than that). */
export function stopGraceMs(scenario: CompiledScenario): number {
  const requests = [
    ...scenario.flows.flatMap((f) => f.steps.flatMap((s) => (s.kind === "http" ? [s] : []))),
    ...(scenario.tokenProvider ? [scenario.tokenProvider.request] : []),
  ];
  return Math.min(STOP_GRACE_MS, Math.max(0, ...requests.map((r) => r.timeoutMs)));
}

/** Resolves when `endAtMs` comes on `clock`, when `exhausted` resolves, or when `signal` aborts. */
export function untilEnd(
  clock: Clock,
  endAtMs: number,
  exhausted: Promise<void>,
  signal: AbortSignal | undefined,
): Promise<EndReason> {
  return new Promise((resolve) => {
    const finish = (reason: EndReason) => {
      clock.clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(reason);
    };
    const onAbort = () => finish("stop");
    const timer = clock.setTimeout(() => finish("duration"), Math.max(0, endAtMs - clock.now()));
    void exhausted.then(() => finish("exhausted"));
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Waits for the iterations in flight (`finished`). Once `signal` has aborted — before the wait or during
 * it — waits at most `graceMs` more. Resolves true when everything finished, false when the grace ran out.
 */
export function drain(
  finished: Promise<void>,
  clock: Clock,
  graceMs: number,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  return new Promise((resolve) => {
    let grace: TimerHandle | undefined;
    const onAbort = () => (grace = clock.setTimeout(() => resolve(false), graceMs));
    void finished.then(() => {
      clock.clearTimeout(grace);
      signal?.removeEventListener("abort", onAbort);
      resolve(true);
    });
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}
