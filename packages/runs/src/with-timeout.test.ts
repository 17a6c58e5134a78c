import { afterEach, describe, expect, it, vi } from "vitest";
import { UnavailableError } from "./errors";
import { withTimeout } from "./with-timeout";

afterEach(() => vi.useRealTimers());

describe("withTimeout", () => {
  it("passes the value through when the work settles in time", async () => {
    await expect(withTimeout(Promise.resolve(7), 1_000)).resolves.toBe(7);
  });

  it("answers unavailable, naming the service, when the work has not settled in time", async () => {
    vi.useFakeTimers();
    const attempt = withTimeout(new Promise(() => {}), 5_000);
    vi.advanceTimersByTime(5_000);
    await expect(attempt).rejects.toEqual(new UnavailableError("Redis did not answer within 5 s"));
  });
});
