import { runCli } from "./cli";

// exitCode rather than process.exit(), so the summary written to a pipe is flushed before the process ends.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: { write: (text) => process.stdout.write(text), isTTY: Boolean(process.stdout.isTTY) },
  stderr: { write: (text) => process.stderr.write(text), isTTY: Boolean(process.stderr.isTTY) },
});
