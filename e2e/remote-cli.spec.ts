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

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function remoteCli(
  args: string[],
  env: Record<string, string> = {},
  onStderr?: (stderr: string, child: ReturnType<typeof spawn>) => void,
): Promise<CliResult> {
  return stampedeCli(["remote", "run", ...args], env, onStderr);
}

function stampedeCli(
  args: string[],
  env: Record<string, string> = {},
  onStderr?: (stderr: string, child: ReturnType<typeof spawn>) => void,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // tsx inside this node process rather than its wrapper process, so SIGINT reaches the CLI itself.
    const child = spawn(process.execPath, ["--import", "tsx", "apps/cli/src/main.ts", ...args], {
      cwd: repo,
      env: { ...process.env, STAMPEDE_API_KEY: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr, child);
    });
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
  // The local run's live line and summary table, from the console's stream and the run's summary.
  expect(passed.stderr).toMatch(/ req\/s {2}p95 +[\d.]+ ms {2}errors +[\d.]+% +\d+ VUs/);
  expect(passed.stdout).toMatch(/\bhello\b/);
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

test("stampede remote run: Ctrl-C stops the run on the console and exits 130", async ({ request }) => {
  test.setTimeout(90_000);
  let interrupted = false;
  const result = await remoteCli(
    [scenarioFile(), "--vus", "1", "--duration", "60s", "--url", BASE_URL],
    { STAMPEDE_API_KEY: initApiKey() },
    (stderr, child) => {
      // Once the run reports its first second, it is running on a worker.
      if (!interrupted && / req\/s /.test(stderr)) {
        interrupted = true;
        child.kill("SIGINT");
      }
    },
  );
  expect(result.stderr).toContain("interrupted, stopping the run on the console");
  expect(result.code, result.stderr).toBe(130);
  const runId = /started run (\S+) of/.exec(result.stderr)![1]!;
  const { run } = (await (await request.get(`/api/v1/runs/${runId}`)).json()) as { run: { status: string } };
  expect(run.status).toBe("STOPPED");
});

test("stampede remote schedule: create with a load override, list, pause and resume; a bad cron or key exits 2", async ({
  request,
}) => {
  // Eight CLI processes, each starting cold.
  test.setTimeout(180_000);
  const key = initApiKey();
  const created = await request.post("/api/v1/scenarios/import", {
    headers: { authorization: `Bearer ${key}` },
    data: {
      name: `Remote schedule ${Date.now()}`,
      spec: { flows: [{ name: "f", steps: [{ type: "http", name: "hello", url: `${DEMO_TARGET}/hello` }] }] },
    },
  });
  expect(created.status()).toBe(201);
  const scenarioId = ((await created.json()) as { scenario: { id: string } }).scenario.id;
  const schedule = (...args: string[]) =>
    stampedeCli(["remote", "schedule", ...args, "--url", BASE_URL], { STAMPEDE_API_KEY: key });

  const made = await schedule(
    "create",
    scenarioId,
    "--name",
    "cli nightly",
    "--cron",
    "0 3 * * *",
    "--timezone",
    "Asia/Shanghai",
    "--overlap",
    "queue",
    "--vus",
    "2",
    "--duration",
    "5s",
  );
  expect(made.stderr).toBe("");
  expect(made.code).toBe(0);
  const id = /created schedule (\S+) "cli nightly" \(cron "0 3 \* \* \*" in Asia\/Shanghai\)/.exec(made.stdout)?.[1];
  expect(id, made.stdout).toBeTruthy();
  expect(made.stdout).toContain("load: 2 VUs for 5s");
  // 03:00 in Shanghai is 19:00 UTC the day before.
  expect(made.stdout).toMatch(/next fires: \d{4}-\d\d-\d\dT19:00:00\.000Z, /);
  const saved = await request.get(`/api/v1/schedules/${id}`, { headers: { authorization: `Bearer ${key}` } });
  expect(((await saved.json()) as { schedule: { loadOverride: unknown } }).schedule.loadOverride).toMatchObject({
    vus: 2,
    durationSeconds: 5,
  });

  const listed = await schedule("list", "--scenario", scenarioId);
  expect(listed.code).toBe(0);
  expect(listed.stdout).toMatch(
    new RegExp(`^${id}\\s+cli nightly\\s+Remote schedule \\d+\\s+cron .*\\s+enabled\\s+`, "m"),
  );

  const paused = await schedule("pause", id!);
  expect(paused.code).toBe(0);
  expect(paused.stdout).toContain(`paused schedule ${id} "cli nightly"`);
  expect((await schedule("list", "--scenario", scenarioId)).stdout).toMatch(/\spaused\s+-\s/);
  const resumed = await schedule("resume", id!);
  expect(resumed.stdout).toMatch(/next fires: /);

  const badCron = await schedule("create", scenarioId, "--name", "x", "--cron", "0 25 * * *");
  expect(badCron.code).toBe(2);
  expect(badCron.stderr).toMatch(/^stampede: --cron "0 25 \* \* \*": /);
  const badKey = await stampedeCli(["remote", "schedule", "list", "--url", BASE_URL, "--api-key", "not-a-key"]);
  expect(badKey.code).toBe(2);
  expect(badKey.stderr).toMatch(/GET \/schedules: the console refused the API key \(401\)/);
});
