import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The real CLI in a child process, against a server this test starts on 127.0.0.1: no other traffic.
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const tsx = join(repo, "node_modules/.bin/tsx");

let server: Server;
let served = 0;
let dir: string;
let scenario: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.on("finish", () => served++);
      res.end("hello");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  dir = await mkdtemp(join(tmpdir(), "stampede-cli-e2e-"));
  scenario = join(dir, "hello.json");
  const spec = {
    flows: [{ name: "f", steps: [{ type: "http", name: "hello", url: `http://127.0.0.1:${port}/hello` }] }],
  };
  await writeFile(scenario, JSON.stringify(spec));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

interface TExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI; `whenRunning` is called once it prints its first live line. Killed if it outlives `limitMs`. */
function cli(command: string[], args: string[], whenRunning?: (pid: number) => void, limitMs = 15_000): Promise<TExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, [...command.slice(1), ...args], { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const limit = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
      if (whenRunning && /req\/s/.test(stderr)) {
        whenRunning(child.pid!);
        whenRunning = undefined;
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(limit);
      resolve({ code, stdout, stderr });
    });
  });
}

const runCli = (args: string[], whenRunning?: (pid: number) => void) =>
  cli([tsx, "apps/cli/src/main.ts", "run"], args, whenRunning);

describe("stampede run (end to end)", () => {
  it("runs the scenario, exits 0, and --out counts exactly what the server served", async () => {
    served = 0;
    const out = join(dir, "out.json");
    const result = await runCli([scenario, "--vus", "2", "--duration", "2s", "--out", out, "--threshold", "p95<5s"]);
    expect(result.stderr).toContain("running");
    expect(result.code).toBe(0);
    const document = JSON.parse(await readFile(out, "utf8"));
    // k6's names at the edge: the run's counters under metrics, the same per step under steps.
    expect(document.metrics.http_reqs.count).toBeGreaterThan(0);
    expect(document.metrics.http_reqs.count).toBe(served);
    expect(document.steps.hello.http_reqs.count).toBe(served);
    expect(document.steps.hello.http_req_failed.value).toBe(0);
    expect(document.metrics.http_req_duration.p95).toBeGreaterThan(0);
    expect(document.metrics.iterations.count).toBe(served);
    expect(document.metrics.vus_max.value).toBe(2);
    expect(document.interrupted).toBe(false);
    expect(document.load).toEqual({ mode: "concurrency", vus: 2, durationSeconds: 2, rampUpSeconds: 0 });
    expect(document.thresholds).toEqual([
      expect.objectContaining({ expression: "p95<5s", metric: "p95", operator: "<", limit: 5000, ok: true }),
    ]);
    expect(result.stdout).toMatch(/hello +\d+ +0 +0\.00%/);
    expect(result.stdout).toContain("✓ p95<5s");
  });

  it("exits 99 when a threshold fails, saying which and by how much", async () => {
    const result = await runCli([scenario, "--vus", "2", "--duration", "1s", "--quiet", "--threshold", "p95<0"]);
    expect(result.code).toBe(99);
    expect(result.stdout).toMatch(/✗ p95<0 +p95 = [\d.]+ ms, limit < 0\.00 ms/);
    expect(result.stderr).toContain("thresholds failed: p95<0");
    expect(result.stderr).not.toContain("req/s");
  });

  it("exits 2 on bad input before sending anything, naming the line and column", async () => {
    served = 0;
    const bad = join(dir, "bad.json");
    await writeFile(bad, '{\n  "flows": [,]\n}');
    const result = await runCli([bad, "--vus", "2", "--duration", "1s"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`stampede: ${bad}:2:13: invalid JSON: expected a value but found ","\n`);
    expect(served).toBe(0);
  });

  it("exits 2 before sending anything when a URL's host is outside the target allowlist, naming it", async () => {
    const outside = join(dir, "outside.json");
    const steps = [{ type: "http", name: "away", url: "http://blocked.invalid/x" }];
    await writeFile(outside, JSON.stringify({ flows: [{ name: "f", steps }] }));
    const result = await runCli([outside, "--vus", "1", "--duration", "1s"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("flows.0.steps.0.url: host blocked.invalid is not in the target allowlist");
  });

  it("through the bin script: Ctrl-C stops the run, still prints the summary, and exits 130", async () => {
    const bin = join(repo, "apps/cli/bin/stampede.mjs");
    const result = await cli([process.execPath, bin, "run"], [scenario, "--vus", "2", "--duration", "60s"], (pid) =>
      process.kill(pid, "SIGINT"),
    );
    expect(result.code).toBe(130);
    expect(result.stdout).toContain("summary (interrupted: partial run)");
    expect(result.stderr).toContain("interrupted");
  });

  it("as the bundle `npm run build` makes: runs the scenario and exits 0", async () => {
    served = 0;
    const bundle = join(dir, "bundle", "stampede.mjs");
    const built = await cli([tsx, "apps/cli/scripts/bundle.ts", bundle], [], undefined, 60_000);
    expect(built.code, built.stderr).toBe(0);
    const out = join(dir, "bundle-out.json");
    const result = await cli(
      [process.execPath, bundle, "run"],
      [scenario, "--vus", "1", "--duration", "1s", "--out", out],
    );
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(await readFile(out, "utf8")) as { metrics: { http_reqs: { count: number } } };
    expect(summary.metrics.http_reqs.count).toBeGreaterThan(0);
    expect(summary.metrics.http_reqs.count).toBe(served);
  });
});
