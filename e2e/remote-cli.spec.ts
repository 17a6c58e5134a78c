import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { BASE_URL, DEMO_TARGET, initApiKey } from "./auth-helpers";

/** `stampede remote run` as a CI job runs it: a child process against the running console and its workers. */
const repo = fileURLToPath(new URL("..", import.meta.url));
const tsx = join(repo, "node_modules/.bin/tsx");

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function remoteCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["apps/cli/src/main.ts", "remote", "run", ...args], {
      cwd: repo,
      env: { ...process.env, STAMPEDE_API_KEY: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A loopback port nothing listens on: one the system just handed out, closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A small scenario file against the demo target, named for this spec so its data is its own. */
function scenarioFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "stampede-remote-"));
  const file = join(dir, "remote-cli-hello.json");
  const spec = {
    flows: [{ name: "Hello", steps: [{ type: "http", name: "hello", method: "GET", url: `${DEMO_TARGET}/hello` }] }],
  };
  writeFileSync(file, JSON.stringify({ stampede: 1, name: `Remote CLI ${Date.now()}`, spec }));
  return file;
}

test("stampede remote run: uploads, runs on the workers, and exits 0 or 99 by its thresholds", async () => {
  test.setTimeout(120_000);
  const load = ["--vus", "2", "--duration", "3s", "--url", BASE_URL];

  // A file: uploaded as a new scenario, then run; generous limits pass.
  const passed = await remoteCli([scenarioFile(), ...load, "--threshold", "error_rate<50%", "--threshold", "p95<10s"], {
    STAMPEDE_API_KEY: initApiKey(),
  });
  expect(passed.stderr).toMatch(/uploaded ".*" as scenario (\S+)/);
  expect(passed.stderr).toMatch(/started run \S+ of/);
  expect(passed.stdout).toContain("all thresholds passed");
  expect(passed.code, passed.stderr).toBe(0);

  // The same scenario by id (with the key on the command line): a limit it cannot meet fails with 99.
  const scenarioId = /as scenario (\S+)/.exec(passed.stderr)![1]!;
  const failed = await remoteCli([scenarioId, ...load, "--api-key", initApiKey(), "--threshold", "requests<1"]);
  expect(failed.stdout).toContain("1 of 1 thresholds failed");
  expect(failed.stderr).toContain("thresholds failed: requests<1");
  expect(failed.code, failed.stderr).toBe(99);
});

test("stampede remote run: a bad key or an unreachable console exits 2 with a one-line reason", async () => {
  const badKey = await remoteCli(["some-scenario", "--url", BASE_URL, "--api-key", "not-a-key"]);
  expect(badKey.code).toBe(2);
  expect(badKey.stderr.trim()).toBe(
    "stampede: GET /scenarios/some-scenario: the console refused the API key (401): the API key is unknown, revoked or expired",
  );

  const closed = `http://127.0.0.1:${await closedPort()}`;
  const unreachable = await remoteCli(["some-scenario", "--url", closed, "--api-key", "k"]);
  expect(unreachable.code).toBe(2);
  expect(unreachable.stderr).toBe(`stampede: cannot reach the console at ${closed}: ECONNREFUSED\n`);

  const noKey = await remoteCli(["some-scenario", "--url", BASE_URL]);
  expect(noKey.code).toBe(2);
  expect(noKey.stderr).toContain("missing --api-key (or STAMPEDE_API_KEY)");
});
