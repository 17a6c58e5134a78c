import { describe, expect, it } from "vitest";
import { CliError, EXIT } from "../exit-codes";
import { parseRemoteArgs } from "./remote-args";

const CONSOLE = ["--url", "http://127.0.0.1:3000/", "--api-key", "k1"];

function usageError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.usage);
    return (error as Error).message;
  }
  throw new Error("did not fail");
}

describe("stampede remote schedule arguments", () => {
  it("reads list, pause and resume", () => {
    expect(parseRemoteArgs(["schedule", "list", ...CONSOLE])).toEqual({
      command: "remote-schedule",
      action: "list",
      scenario: undefined,
      url: "http://127.0.0.1:3000",
      apiKey: "k1",
    });
    expect(parseRemoteArgs(["schedule", "list", "--scenario", "sc1", ...CONSOLE])).toMatchObject({ scenario: "sc1" });
    expect(parseRemoteArgs(["schedule", "pause", "sch1", ...CONSOLE])).toMatchObject({
      action: "pause",
      scheduleId: "sch1",
    });
    const resume = parseRemoteArgs(["schedule", "resume", "sch1", "--url", "http://127.0.0.1:3000"], {
      STAMPEDE_API_KEY: "e",
    });
    expect(resume).toMatchObject({ action: "resume", apiKey: "e" });
  });

  it("reads create with cron, time zone, policies, max runs and a load override", () => {
    const args = parseRemoteArgs([
      "schedule",
      "create",
      "sc1",
      "--name",
      "nightly",
      "--cron",
      "0 2 * * *",
      "--timezone",
      "Asia/Shanghai",
      "--overlap",
      "queue",
      "--missed",
      "run_once",
      "--max-runs=10",
      "--vus",
      "5",
      "--duration",
      "1m",
      ...CONSOLE,
    ]);
    expect(args).toMatchObject({
      action: "create",
      scenario: "sc1",
      name: "nightly",
      cron: "0 2 * * *",
      timezone: "Asia/Shanghai",
      overlap: "queue",
      missedFire: "run_once",
      maxRuns: 10,
      vus: 5,
      durationSeconds: 60,
    });
    const once = parseRemoteArgs([
      "schedule",
      "create",
      "sc1",
      "--name",
      "x",
      "--at",
      "2026-12-24T18:00:00+08:00",
      ...CONSOLE,
    ]);
    expect(once).toMatchObject({ runAt: "2026-12-24T10:00:00.000Z" });
  });

  it("refuses what the console would refuse, naming the flag", () => {
    const create = ["schedule", "create", "sc1", "--name", "n", ...CONSOLE];
    expect(usageError(() => parseRemoteArgs(["schedule"]))).toMatch(
      /missing schedule command: use `remote schedule list`/,
    );
    expect(usageError(() => parseRemoteArgs(["schedule", "delete", "x", ...CONSOLE]))).toMatch(
      /unknown schedule command "delete"/,
    );
    expect(usageError(() => parseRemoteArgs([...create, "--cron", "61 * * * *"]))).toMatch(
      /^--cron "61 \* \* \* \*": /,
    );
    expect(usageError(() => parseRemoteArgs([...create, "--cron", "* * *"]))).toMatch(/must have 5 fields/);
    expect(usageError(() => parseRemoteArgs([...create, "--cron", "0 2 * * *", "--timezone", "Mars/Base"]))).toMatch(
      /--timezone "Mars\/Base": unknown IANA time zone/,
    );
    expect(usageError(() => parseRemoteArgs([...create, "--at", "tomorrow"]))).toMatch(
      /--at "tomorrow": expected a date/,
    );
    expect(usageError(() => parseRemoteArgs([...create, "--at", "2026-12-24T18:00:00Z", "--timezone", "UTC"]))).toMatch(
      /--timezone applies to --cron/,
    );
    expect(usageError(() => parseRemoteArgs(create))).toMatch(/either --cron .* or --at/);
    expect(usageError(() => parseRemoteArgs([...create, "--cron", "0 2 * * *", "--overlap", "later"]))).toMatch(
      /--overlap "later": expected one of skip, queue, parallel/,
    );
    expect(usageError(() => parseRemoteArgs(["schedule", "create", "sc1", "--cron", "0 2 * * *", ...CONSOLE]))).toMatch(
      /missing --name/,
    );
    expect(usageError(() => parseRemoteArgs(["schedule", "pause", ...CONSOLE]))).toMatch(/takes one schedule id/);
    expect(usageError(() => parseRemoteArgs(["schedule", "list", "--url", "http://127.0.0.1:3000"], {}))).toMatch(
      /missing --api-key/,
    );
  });
});
