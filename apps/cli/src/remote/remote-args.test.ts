import { describe, expect, it } from "vitest";
import { parseArgs } from "../args";
import { CliError, EXIT } from "../exit-codes";
import { parseRemoteArgs, type TRemoteRunArgs } from "./remote-args";

const URL_FLAGS = ["--url", "http://127.0.0.1:3000/"];

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

describe("stampede remote run arguments", () => {
  it("reads the scenario, the console, the key, load flags and thresholds", () => {
    const args = parseArgs(["remote", "run", "sc1", ...URL_FLAGS, "--api-key=k1", "--vus", "5", "--duration=1m"]);
    expect(args).toMatchObject({
      command: "remote-run",
      scenario: "sc1",
      url: "http://127.0.0.1:3000",
      apiKey: "k1",
      vus: 5,
      durationSeconds: 60,
      quiet: false,
    });
    const withThresholds = parseRemoteArgs(["run", "s.json", ...URL_FLAGS, "--threshold", "p95<300", "-q"], {
      STAMPEDE_API_KEY: "k",
    }) as TRemoteRunArgs;
    expect(withThresholds.thresholds.map((t) => t.source)).toEqual(["p95<300"]);
    expect(withThresholds.quiet).toBe(true);
  });

  it("takes the key from STAMPEDE_API_KEY when --api-key is not given; the flag wins over it", () => {
    expect(parseRemoteArgs(["run", "sc1", ...URL_FLAGS], { STAMPEDE_API_KEY: " env-key " }).apiKey).toBe("env-key");
    expect(parseRemoteArgs(["run", "sc1", ...URL_FLAGS, "--api-key", "flag"], { STAMPEDE_API_KEY: "e" }).apiKey).toBe(
      "flag",
    );
  });

  it.each([
    [["run", "sc1", ...URL_FLAGS], "missing --api-key (or STAMPEDE_API_KEY)"],
    [["run", "sc1", "--api-key", "k"], "missing --url"],
    [["run", "sc1", "--url", "localhost:3000", "--api-key", "k"], '--url "localhost:3000": expected an http://'],
    [["run", "sc1", "--url", "not a url", "--api-key", "k"], '--url "not a url": expected the console\'s address'],
    [["run", ...URL_FLAGS, "--api-key", "k"], "missing scenario"],
    [["run", "a", "b", ...URL_FLAGS, "--api-key", "k"], 'unexpected argument "b"'],
    [["run", "sc1", ...URL_FLAGS, "--api-key", "k", "--out", "x.json"], "unknown option --out"],
    [["run", "sc1", ...URL_FLAGS, "--api-key", "k", "--vus", "2", "--rps", "3"], "--vus and --rps do not go together"],
    [["run", "sc1", ...URL_FLAGS, "--api-key", "k", "--threshold", "p96<3"], "p96"],
    [["schedule", "list"], "missing --url"],
    [["stop", "x"], 'unknown remote command "stop"'],
    [[], "missing remote command"],
  ])("refuses %j: %s", (argv, message) => {
    expect(usageError(() => parseRemoteArgs(argv, {}))).toContain(message);
  });
});
