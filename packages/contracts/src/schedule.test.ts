import { describe, expect, it } from "vitest";
import { cronIssue, isTimeZone, lastCronFireBefore, nextCronFires, presetCron, ZScheduleInput } from "./schedule";

function issuesOf(input: unknown): string[] {
  const result = ZScheduleInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("ZScheduleInput", () => {
  it("accepts a cron schedule with a time zone and fills the defaults", () => {
    const parsed = ZScheduleInput.parse({ name: "nightly", cron: "0 2 * * *", timezone: "Asia/Shanghai" });
    expect(parsed).toMatchObject({ overlap: "skip", missedFire: "skip", enabled: true });
  });

  it("accepts a one-off schedule", () => {
    expect(issuesOf({ name: "once", runAt: "2026-12-01T10:00:00Z" })).toEqual([]);
  });

  it("names the field of each mistake", () => {
    expect(issuesOf({ name: "x" })[0]).toMatch(/^cron: give either/);
    expect(issuesOf({ name: "x", cron: "0 2 * *" })[0]).toMatch(/^cron: invalid cron expression: must have 5 fields/);
    expect(issuesOf({ name: "x", cron: "61 * * * *" })[0]).toMatch(/^cron: invalid cron expression/);
    expect(issuesOf({ name: "x", cron: "0 2 * * *", timezone: "Mars/Olympus" })).toEqual([
      'timezone: unknown IANA time zone "Mars/Olympus"',
    ]);
    expect(issuesOf({ name: "x", cron: "0 2 * * *", runAt: "2026-12-01T10:00:00Z" })[0]).toMatch(/^runAt: /);
    expect(
      issuesOf({ name: "x", cron: "0 2 * * *", startAt: "2026-12-02T00:00:00Z", endAt: "2026-12-01T00:00:00Z" }),
    ).toEqual(["endAt: must be after startAt"]);
    expect(issuesOf({ name: "x", cron: "0 2 * * *", overlap: "sometimes" })[0]).toMatch(/^overlap: /);
    expect(issuesOf({ name: "x", cron: "0 2 * * *", maxRuns: 0 })[0]).toMatch(/^maxRuns: /);
  });
});

describe("next fire times", () => {
  const from = new Date("2026-11-30T23:00:00Z");

  it("reads the cron expression in the schedule's time zone", () => {
    // 02:00 in Shanghai (UTC+8) is 18:00 UTC the day before.
    const fires = nextCronFires("0 2 * * *", "Asia/Shanghai", from, 3);
    expect(fires.map((d) => d.toISOString())).toEqual([
      "2026-12-01T18:00:00.000Z",
      "2026-12-02T18:00:00.000Z",
      "2026-12-03T18:00:00.000Z",
    ]);
  });

  it("gives five by default, supports seconds, and stops at the end", () => {
    expect(nextCronFires("*/5 * * * * *", "UTC", from)).toHaveLength(5);
    const endAt = new Date("2026-12-02T00:00:00Z");
    expect(nextCronFires("0 12 * * *", "UTC", from, 5, { endAt })).toHaveLength(1);
  });

  it("starts no earlier than startAt", () => {
    const startAt = new Date("2026-12-10T00:00:00Z");
    expect(nextCronFires("0 12 * * *", "UTC", from, 1, { startAt })[0]?.toISOString()).toBe("2026-12-10T12:00:00.000Z");
  });

  it("finds the last missed due time after a given moment", () => {
    const at = new Date("2026-12-01T13:00:00Z");
    expect(lastCronFireBefore("0 12 * * *", "UTC", at, from)?.toISOString()).toBe("2026-12-01T12:00:00.000Z");
    expect(lastCronFireBefore("0 12 * * *", "UTC", at, new Date("2026-12-01T12:00:00Z"))).toBeUndefined();
  });

  it("builds the console's presets as cron strings", () => {
    expect(presetCron("daily", "02:30")).toBe("30 2 * * *");
    expect(presetCron("weekdays", "09:00")).toBe("0 9 * * 1-5");
    expect(presetCron("weekly", "09:00", { weekday: 5 })).toBe("0 9 * * 5");
    expect(presetCron("monthly", "00:15", { dayOfMonth: 3 })).toBe("15 0 3 * *");
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(cronIssue("0 0 1 1 *")).toBeUndefined();
  });
});
