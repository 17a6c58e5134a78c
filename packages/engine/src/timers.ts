import type { Clock } from "./types";

/** Calls `fn` every `ms` on `clock` (each call scheduled after the previous one ran); returns a cancel. */
export function every(clock: Clock, ms: number, fn: () => void): () => void {
  let cancelled = false;
  let handle = clock.setTimeout(function fire() {
    fn();
    if (!cancelled) handle = clock.setTimeout(fire, ms);
  }, ms);
  return () => {
    cancelled = true;
    clock.clearTimeout(handle);
  };
}

/** Resolves `ms` from now on `clock`, or as soon as `signal` aborts (at once if it already has, or if ms <= 0). */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clock.clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = clock.setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
