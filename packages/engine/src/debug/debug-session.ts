import { Agent, type Dispatcher, interceptors } from "undici";
import { refuseBlockedRedirects, type TargetGuard } from "../http/target-guard";
import { type Clock, systemClock, type TimerHandle } from "../types";

/** A debugged iteration ends here whatever it waits on. */
export const DEBUG_TIMEOUT_MS = 30_000;

/**
 * What one debugged iteration owns: its own connection pool (closed at the end, so nothing is shared with
 * a run or another debug), and the deadline. When the deadline passes or the caller
 * cancels, the pool is destroyed, which fails the request in flight at once.
 */
export class DebugSession {
  readonly dispatcher: Agent;
  readonly redirectingDispatcher: Dispatcher;
  /** Why the session was aborted, once it was. */
  abortReason: string | undefined;
  private readonly timer: TimerHandle;
  private readonly clock: Clock;
  private readonly wakers = new Set<() => void>();
  private readonly detach: () => void;

  constructor(options: { signal?: AbortSignal; timeoutMs: number; clock?: Clock; targets?: TargetGuard }) {
    this.clock = options.clock ?? systemClock;
    this.dispatcher = new Agent({ connections: 4, keepAliveTimeout: 5_000 });
    this.redirectingDispatcher = this.dispatcher.compose(
      refuseBlockedRedirects(options.targets),
      interceptors.redirect({ maxRedirections: 10 }),
    );
    this.timer = this.clock.setTimeout(
      () => this.abort(`the debugged iteration did not finish within ${options.timeoutMs / 1000} s`),
      options.timeoutMs,
    );
    const signal = options.signal;
    const onAbort = () => this.abort("cancelled by the caller");
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    this.detach = () => signal?.removeEventListener("abort", onAbort);
  }

  get aborted(): boolean {
    return this.abortReason !== undefined;
  }

  /** Waits `ms`, or less if the session is aborted meanwhile. */
  sleep(ms: number): Promise<void> {
    if (this.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        this.clock.clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = this.clock.setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }

  abort(reason: string) {
    if (this.aborted) return;
    this.abortReason = reason;
    for (const wake of [...this.wakers]) wake();
    void this.dispatcher.destroy().catch(() => undefined);
  }

  /** Releases the pool and the deadline. */
  async close() {
    this.clock.clearTimeout(this.timer);
    this.detach();
    if (!this.aborted) await this.dispatcher.close().catch(() => undefined);
  }
}
