import { describe, expect, it } from "vitest";
import { retryPostgres } from "./retry-postgres";

const down = () => Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });

function virtualTime() {
  let t = 0;
  const waits: number[] = [];
  return { waits, now: () => t, sleep: async (ms: number) => void (waits.push(ms), (t += ms)) };
}

describe("retryPostgres", () => {
  it("waits longer after each failure while Postgres is down, then returns what the call returns", async () => {
    const time = virtualTime();
    let calls = 0;
    const result = await retryPostgres(
      async () => {
        if (++calls <= 7) throw down();
        return "saved";
      },
      { sleep: time.sleep, now: time.now },
    );
    expect(result).toBe("saved");
    expect(time.waits).toEqual([200, 400, 800, 1600, 3200, 5000, 5000]);
  });

  it("throws a bad query's error at once, without retrying", async () => {
    const time = virtualTime();
    const bad = Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
    await expect(retryPostgres(() => Promise.reject(bad), time)).rejects.toBe(bad);
    expect(time.waits).toEqual([]);
  });

  it("gives up with the last error once Postgres has been down for the limit", async () => {
    const time = virtualTime();
    await expect(retryPostgres(() => Promise.reject(down()), { ...time, giveUpAfterMs: 20_000 })).rejects.toThrow(
      "Can't reach",
    );
    expect(time.waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20_000);
  });
});
