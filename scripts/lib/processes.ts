// Starts the stack's processes with labelled output, waits until they answer, and stops them by PID.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export const BIN = (name: string) => `node_modules/.bin/${name}`;

export interface Managed {
  name: string;
  child: ChildProcess;
}

const managed: Managed[] = [];

/** Spawns a long-running process whose lines are prefixed with its name. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = ".",
): Managed {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const label = `[${name}]`.padEnd(9);
  const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buffered = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) out.write(`${label} ${line}\n`);
    });
  };
  relay(child.stdout!, process.stdout);
  relay(child.stderr!, process.stderr);
  const entry = { name, child };
  managed.push(entry);
  return entry;
}

/** Runs a command to completion with inherited output; rejects with its name on a non-zero exit. */
export function runStep(
  title: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = ".",
): Promise<void> {
  console.log(`\n> ${title}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${title} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/** Polls a URL until it answers (any status), or fails naming the process that did not come up. */
export async function waitForHttp(name: string, url: string, timeoutMs = 60_000, proc?: Managed): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc && proc.child.exitCode !== null)
      throw new Error(`${name} exited with code ${proc.child.exitCode} before it was ready`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000}s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Fails with a clear message when a port the stack needs is taken. */
export async function assertPortFree(port: number, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once("error", () =>
      reject(new Error(`Port ${port} on 127.0.0.1 is in use. Stop what holds it, or set ${variable} to another port.`)),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

/** A port the OS says is free now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Stops every process this script started (SIGTERM, then SIGKILL after a grace period). */
export async function stopAll(graceMs = 5000): Promise<void> {
  await Promise.all(
    managed.splice(0).map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
}
