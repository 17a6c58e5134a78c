import { isDatabaseUnavailable } from "@stampede/db";

/** How a retried call waits and reports; tests pass a virtual sleep. */
export interface RetryOptions {
  /** Told of each failed attempt that will be retried, with the wait before the next one. */
  onRetry?: (error: unknown, waitMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Give up (throw the last error) once Postgres has been unavailable this long. */
  giveUpAfterMs?: number;
  now?: () => number;
}

const FIRST_WAIT_MS = 200;
const MAX_WAIT_MS = 5_000;
/** Past a run's planned end plus 2 minutes the reconciler ends it anyway; waiting longer serves nobody. */
const GIVE_UP_AFTER_MS = 10 * 60_000;

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs a Postgres write (or read), retrying with backoff while Postgres is unavailable instead of failing the
 * controller's job: the frames wait in the run's stream meanwhile, and nothing is lost. Any other error (a bad
 * query) is thrown at once.
 */
export async function retryPostgres<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const giveUpAt = now() + (options.giveUpAfterMs ?? GIVE_UP_AFTER_MS);
  let wait = FIRST_WAIT_MS;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || now() >= giveUpAt) throw error;
      options.onRetry?.(error, wait);
      await sleep(wait);
      wait = Math.min(wait * 2, MAX_WAIT_MS);
    }
  }
}
