import { describe, expect, it } from "vitest";
import { parseArgs, type TRunArgs } from "./args";
import { CliError, EXIT } from "./exit-codes";

function run(...argv: string[]): TRunArgs {
  const parsed = parseArgs(["run", ...argv]);
  if (parsed.command !== "run") throw new Error(`expected run, got ${parsed.command}`);
  return parsed;
}

function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.usage);
    return (error as Error).message;
  }
  throw new Error(`parseArgs(${argv.join(" ")}) did not fail`);
}

describe("parseArgs", () => {
  it("reads the file and every load flag, in both --flag value and --flag=value forms", () => {
    const args = run("s.json", "--vus", "20", "--duration=2m", "--ramp", "10s", "--out", "o.json", "--data=data", "-q");
    expect(args).toMatchObject({
      file: "s.json",
      vus: 20,
      durationSeconds: 120,
      rampSeconds: 10,
      out: "o.json",
      dataDir: "data",
      quiet: true,
    });
    expect(args.rps).toBeUndefined();
  });

  it("leaves load flags unset when not given, so the file's load applies", () => {
    const args = run("s.json");
    expect(args).toEqual({ command: "run", file: "s.json", thresholds: [], quiet: false });
  });

  it("switches to rate mode with --rps and accepts --max-vus with it", () => {
    expect(run("s.json", "--rps", "12.5", "--max-vus", "40")).toMatchObject({ rps: 12.5, maxVus: 40 });
  });

  it("collects repeated --threshold flags in order", () => {
    const args = run("s.json", "--threshold", "p95<300", "--threshold=error_rate<1%");
    expect(args.thresholds.map((t) => t.source)).toEqual(["p95<300", "error_rate<1%"]);
  });

  it("accepts flags before the file, and a file after --", () => {
    expect(run("--vus", "3", "s.json").file).toBe("s.json");
    expect(run("--", "--odd-name.json").file).toBe("--odd-name.json");
  });

  it("answers help and version wherever they appear", () => {
    expect(parseArgs(["--help"])).toEqual({ command: "help" });
    expect(parseArgs(["run", "s.json", "-h"])).toEqual({ command: "help" });
    expect(parseArgs(["help"])).toEqual({ command: "help" });
    expect(parseArgs(["--version"])).toEqual({ command: "version" });
  });

  it.each([
    [[], "missing command"],
    [["walk", "s.json"], 'unknown command "walk"'],
    [["run"], "missing scenario file"],
    [["run", "a.json", "b.json"], 'unexpected argument "b.json"'],
    [["run", "s.json", "--vsu", "3"], "unknown option --vsu (did you mean --vus?)"],
    [["run", "s.json", "--frobnicate"], "unknown option --frobnicate;"],
    [["run", "s.json", "--vus"], "--vus needs a value"],
    [["run", "s.json", "--out", "--quiet"], "--out needs a value"],
    [["run", "s.json", "--vus", "0"], '--vus "0": expected a whole number ≥ 1'],
    [["run", "s.json", "--vus", "2.5"], '--vus "2.5"'],
    [["run", "s.json", "--rps", "fast"], '--rps "fast": expected a number > 0'],
    [["run", "s.json", "--duration", "soon"], '--duration "soon"'],
    [["run", "s.json", "--duration", "0"], "at least 1s"],
    [["run", "s.json", "--quiet=yes"], "--quiet takes no value"],
    [["run", "s.json", "--rps", "5", "--vus", "3"], "--vus and --rps do not go together"],
    [["run", "s.json", "--max-vus", "3"], "--max-vus only applies with --rps"],
    [["run", "s.json", "--threshold", "p95 is low"], '--threshold "p95 is low"'],
  ])("refuses %j with exit 2: %s", (argv, message) => {
    expect(usageError(argv)).toContain(message);
  });
});
