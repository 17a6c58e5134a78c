import { writeFile } from "node:fs/promises";
import { ensureCa, RecorderInputError, startRecorder, type TRecorder } from "@stampede/recorder";
import { trustSteps } from "@stampede/recorder/trust-steps";
import { CliError, EXIT } from "../exit-codes";
import { onInterrupt } from "../interrupt";
import { checkOutPath } from "../out-file";
import type { TCliIo } from "../run-command";
import { exchangeLine } from "./exchange-line";
import type { TRecordArgs } from "./record-args";

/** `stampede record`: runs the recording proxy until Ctrl-C, then writes what it captured as a HAR file. */
export async function recordCommand(args: TRecordArgs, io: TCliIo): Promise<number> {
  await checkOutPath(args.out);
  const recorder = await start(args, io);
  const proxy = `http://${recorder.host.includes(":") ? `[${recorder.host}]` : recorder.host}:${recorder.port}`;
  io.stdout.write(banner(args, recorder, proxy));
  await new Promise<void>((resolve) => onInterrupt(resolve));
  await recorder.stop();
  const har = recorder.toHar();
  try {
    await writeFile(args.out, `${JSON.stringify(har, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`--out ${args.out}: cannot write: ${(error as Error).message}`, EXIT.failed);
  }
  const count = har.log.entries.length;
  io.stdout.write(`\nStopped. Wrote ${count} request${count === 1 ? "" : "s"} to ${args.out}\n`);
  return EXIT.ok;
}

async function start(args: TRecordArgs, io: TCliIo): Promise<TRecorder> {
  try {
    await ensureCa(args.caDir);
  } catch (error) {
    throw new CliError(`--ca-dir ${args.caDir}: cannot create or read the CA: ${(error as Error).message}`);
  }
  try {
    return await startRecorder({
      host: args.listen,
      port: args.port,
      hosts: args.hosts,
      caDir: args.caDir,
      onExchange: (exchange) => io.stdout.write(exchangeLine(exchange)),
    });
  } catch (error) {
    if (error instanceof RecorderInputError) throw new CliError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new CliError(`--port ${args.port}: the port is in use; choose another`);
    if (code === "EADDRNOTAVAIL") throw new CliError(`--listen ${args.listen}: not an address of this machine`);
    if (code === "EACCES") throw new CliError(`--port ${args.port}: not allowed to listen there; choose one ≥ 1024`);
    throw error;
  }
}

function banner(args: TRecordArgs, recorder: TRecorder, proxy: string): string {
  const steps = trustSteps(recorder.ca.certPath, proxy)
    .map((step) => `    ${`${step.where}:`.padEnd(24)}${step.how}\n`)
    .join("");
  return [
    `Recording proxy on ${proxy}, recording ${args.hosts.join(", ")} (other hosts pass through unrecorded)\n`,
    `Point the client at it: a browser's HTTP and HTTPS proxy settings, or curl -x ${proxy} …\n`,
    `CA certificate (for HTTPS): ${recorder.ca.certPath}\n`,
    `  Trust it once:\n${steps}`,
    `Press Ctrl-C to stop and write ${args.out}\n\n`,
  ].join("");
}
