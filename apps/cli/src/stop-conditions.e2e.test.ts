import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The real CLI in a child process against a 127.0.0.1 server of this test that answers every request 500.
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const tsx = join(repo, "node_modules/.bin/tsx");

let server: Server;
let dir: string;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.statusCode = 500;
      res.end("broken");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  dir = await mkdtemp(join(tmpdir(), "stampede-cli-stop-"));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["apps/cli/src/main.ts", "run", ...args], {
      cwd: repo,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const limit = setTimeout(() => child.kill("SIGKILL"), 40_000);
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(limit);
      resolve({ code, stdout, stderr });
    });
  });
}

async function scenarioWith(name: string, stopConditions: unknown[]) {
  const file = join(dir, `${name}.json`);
  const steps = [{ type: "http", name: "broken", url: `http://127.0.0.1:${port}/broken` }];
  await writeFile(file, JSON.stringify({ flows: [{ name: "f", steps }], stopConditions }));
  return file;
}

describe("stampede run with stop conditions (end to end)", () => {
  it("a fired stop rule ends the run early, prints the rule and exits 99", async () => {
    const file = await scenarioWith("stop", [
      { metric: "error_rate", comparison: ">", threshold: 50, windowSeconds: 2, action: "stop" },
    ]);
    const started = Date.now();
    const result = await runCli([file, "--vus", "1", "--duration", "60s"]);
    expect(result.code, result.stderr).toBe(99);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.stderr).toMatch(/stop condition \(stop\): error rate 100% > 50% over 2 s windows, at 0:0\d/);
    expect(result.stderr).toMatch(/stopped by a stop condition: error rate 100% > 50% over 2 s windows/);
    expect(result.stdout).toContain("summary");
  });

  it("a warn rule is printed once and the run ends as planned", async () => {
    const file = await scenarioWith("warn", [
      { metric: "status_share", status: "5xx", comparison: ">=", threshold: 90, windowSeconds: 1 },
    ]);
    const result = await runCli([file, "--vus", "1", "--duration", "3s", "--quiet"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.match(/stop condition \(warn\): status 5xx share 100% >= 90%/g)).toHaveLength(1);
  });
});
