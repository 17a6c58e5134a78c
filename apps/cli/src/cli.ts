import { readFileSync } from "node:fs";
import { parseArgs } from "./args";
import { CliError, EXIT } from "./exit-codes";
import { remoteRunCommand } from "./remote/remote-run-command";
import { remoteScheduleCommand } from "./remote/remote-schedule-command";
import { runCommand, type TCliIo } from "./run-command";
import { USAGE } from "./usage";

/** Runs one command line and returns the process's exit code; prints every error itself. */
export async function runCli(argv: string[], io: TCliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.command === "help") {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (command.command === "version") {
      io.stdout.write(`stampede ${version()}\n`);
      return EXIT.ok;
    }
    if (command.command === "remote-run") return await remoteRunCommand(command, io);
    if (command.command === "remote-schedule") return await remoteScheduleCommand(command, io);
    if (command.command === "record") {
      // Loaded only here: the proxy library is large, and every other command starts faster without it.
      const { recordCommand } = await import("./record/record-command");
      return await recordCommand(command, io);
    }
    return await runCommand(command, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`stampede: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`stampede: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failed;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
