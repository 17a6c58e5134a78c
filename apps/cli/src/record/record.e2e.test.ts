import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ProxyAgent, request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The real CLI in a child process, recording a server this test starts on 127.0.0.1: no other traffic.
const repo = fileURLToPath(new URL("../../../..", import.meta.url));
const tsx = join(repo, "node_modules/.bin/tsx");

let server: Server;
let origin: string;
let dir: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ access_token: "t-1", path: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), "stampede-record-e2e-"));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

/** A port free right now (the CLI takes a fixed --port, as a user would give it). */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

interface TExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `stampede record`; `onOutput` sees stdout so far after each chunk; killed if it outlives the limit. */
function record(args: string[], onOutput?: (stdout: string, pid: number) => void): Promise<TExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["apps/cli/src/main.ts", "record", ...args], {
      cwd: repo,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const limit = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      onOutput?.(stdout, child.pid!);
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(limit);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("stampede record (end to end)", () => {
  it("prints the proxy and the CA, a line per captured request, and writes the HAR on Ctrl-C", async () => {
    const port = await freePort();
    const out = join(dir, "recording.har");
    const host = new URL(origin).host;
    let sent = false;
    let interrupted = false; // a second SIGINT would force-quit (130), as it should for a user
    const result = await record(
      ["--hosts", host, "--port", String(port), "--out", out, "--ca-dir", join(dir, "ca")],
      (stdout, pid) => {
        if (!sent && stdout.includes("Press Ctrl-C")) {
          sent = true;
          const dispatcher = new ProxyAgent(`http://127.0.0.1:${port}`);
          void request(`${origin}/api/token?appid=wx1`, { dispatcher })
            .then((response) => response.body.text())
            .finally(() => void dispatcher.close());
        }
        if (!interrupted && stdout.includes("/api/token?appid=wx1")) {
          interrupted = true;
          process.kill(pid, "SIGINT");
        }
      },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Recording proxy on http://127.0.0.1:${port}`);
    expect(result.stdout).toContain(join(dir, "ca", "ca.pem"));
    expect(result.stdout).toMatch(/GET\s+200\s+\d+ ms\s+http:\/\/127\.0\.0\.1:\d+\/api\/token\?appid=wx1/);
    expect(result.stdout).toContain(`Wrote 1 request to ${out}`);
    const har = JSON.parse(await readFile(out, "utf8")) as {
      log: { version: string; entries: { request: { url: string }; response: { content: { text: string } } }[] };
    };
    expect(har.log.version).toBe("1.2");
    expect(har.log.entries).toHaveLength(1);
    expect(har.log.entries[0]!.request.url).toBe(`${origin}/api/token?appid=wx1`);
    expect(JSON.parse(har.log.entries[0]!.response.content.text)).toMatchObject({ access_token: "t-1" });
  });

  it("exits 2 with the reason for a bad flag, before listening", async () => {
    const result = await record(["--hosts", "127.0.0.1:4010", "--port", "99999"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port "99999": expected a port number from 1 to 65535');
  });
});
