import { UnavailableError } from "./errors";

/**
 * How long a lifecycle call waits on Redis by default. BullMQ waits for its connection indefinitely, and a
 * person clicking Start or Stop should hear back within seconds.
 */
export const REDIS_TIMEOUT_MS = 5_000;

/** Rejects with UnavailableError when `promise` has not settled after `ms`; the work itself goes on. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what = "Redis"): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UnavailableError(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
