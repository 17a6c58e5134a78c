// The console's memory while it takes a 100 MB CSV upload (streamed: validated and spooled, never held whole)
// and while it refuses a 50 MB JSON body (413 before reading). Starts a built console of its own on a throwaway
// database; needs Postgres and Redis. `STAMPEDE_SKIP_BUILD=1` reuses the last `next build`.
import { randomBytes } from "node:crypto";
import { createWriteStream, openAsBlob, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { DEFAULT_DATABASE_URL, dropDatabase } from "../lib/database";
import { freePort, stopAll } from "../lib/processes";
import { buildWeb, prepareDatabase, type StackSettings, startConsole } from "../lib/stack";

/** What one upload cost the console. */
export interface UploadMemoryResult {
  label: string;
  status: number;
  seconds: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  /** Some seconds after the answer: what the console kept. */
  rssAfterMb: number;
}

const UPLOAD_MB = 100;
const JSON_BODY_MB = 50;
const SETTLE_SECONDS = 10;
/** The bound: a 100 MB upload costs the console less than this, and gives it back. */
const LIMIT_MB = 300;

/** Resident memory of a process and its descendants (`next start` serves from a child process). */
function treeRssMb(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  let kb = 0;
  for (const pid of parents.keys()) {
    let at: number | undefined = pid;
    while (at !== undefined && at !== root && at > 1) at = parents.get(at);
    if (at !== root) continue;
    try {
      kb += Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

/** Samples the console's memory every 20 ms while `send` runs, then once more after it settles. */
async function measure(label: string, pid: number, send: () => Promise<Response>): Promise<UploadMemoryResult> {
  const rssBeforeMb = treeRssMb(pid);
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, treeRssMb(pid))), 20);
  const started = performance.now();
  let response: Response;
  try {
    response = await send();
    await response.arrayBuffer();
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  rssPeakMb = Math.max(rssPeakMb, treeRssMb(pid));
  await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
  return { label, status: response.status, seconds, rssBeforeMb, rssPeakMb, rssAfterMb: treeRssMb(pid) };
}

/** A CSV file just under `mb` MB: a header and rows of an id, a token and a phone number. */
async function writeCsv(path: string, mb: number): Promise<void> {
  const out = createWriteStream(path);
  out.write("id,token,phone\n");
  let written = 0;
  // Blocks are about 60 KB: stop while the next one still fits, so the file stays under the upload limit.
  for (let i = 0; written < mb * 1024 * 1024 - 128 * 1024; i++) {
    const block: string[] = [];
    for (let k = 0; k < 1000; k++, i++) block.push(`${i},tok-${i.toString(36).padStart(40, "x")},138${i}`);
    const text = `${block.join("\n")}\n`;
    written += text.length;
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  out.end();
  await finished(out);
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Builds and starts a console, then measures a 100 MB upload and a 50 MB JSON body against it. */
export async function measureUploadMemory(): Promise<UploadMemoryResult[]> {
  const s: StackSettings = {
    databaseUrl: DEFAULT_DATABASE_URL.replace(/\/stampede$/, "/stampede_bench_upload"),
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    redisPrefix: "{stampede-bench-upload}",
    webPort: await freePort(),
    demoTargetPort: await freePort(),
    init: {
      adminEmail: "bench@stampede.test",
      adminPassword: randomBytes(12).toString("base64url"),
      apiKey: `stp_${randomBytes(32).toString("base64url")}`,
    },
  };
  const authorization = `Bearer ${s.init!.apiKey}`;
  const dir = await mkdtemp(join(tmpdir(), "stampede-bench-upload-"));
  try {
    await prepareDatabase(s);
    if (process.env.STAMPEDE_SKIP_BUILD !== "1") await buildWeb(s);
    const csvPath = join(dir, "big.csv");
    await writeCsv(csvPath, UPLOAD_MB);
    const { web, webUrl } = await startConsole(s);
    const spec = { flows: [{ name: "f", steps: [{ type: "http", name: "a", url: "http://127.0.0.1/" }] }] };
    const post = (path: string, body: unknown) =>
      fetch(`${webUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
    const { scenario } = await json<{ scenario: { id: string } }>(await post("/api/v1/scenarios", { name: "u", spec }));
    const upload = async (body: Blob | string) =>
      fetch(`${webUrl}/api/v1/scenarios/${scenario.id}/data-sources/tokens.csv`, {
        method: "PUT",
        body,
        headers: { authorization },
      });
    // Warm the route (its code loads on first use) so the figures are the upload's, not the first request's.
    await json(await upload("id,token\n1,a\n"));
    const pid = web.child.pid!;
    const results = [await measure(`CSV upload, ${UPLOAD_MB} MB`, pid, async () => upload(await openAsBlob(csvPath)))];
    const big = `{"name":"${"x".repeat(JSON_BODY_MB * 1024 * 1024)}"}`;
    results.push(await measure(`JSON body, ${JSON_BODY_MB} MB (413)`, pid, () => post("/api/v1/scenarios", big)));
    return results;
  } finally {
    await stopAll();
    await rm(dir, { recursive: true, force: true });
    await dropDatabase(s.databaseUrl).catch(() => undefined);
  }
}

/** The results as a table, with the bound. */
export function formatUploadMemory(results: UploadMemoryResult[]): string {
  const mb = (v: number) => v.toFixed(0).padStart(6);
  const lines = [
    `Console memory (RSS of next start and its children, MB); "after" is ${SETTLE_SECONDS} s after the answer`,
    `${"case".padEnd(28)} status  seconds  before    peak   after   peak-before`,
    ...results.map(
      (r) =>
        `${r.label.padEnd(28)} ${String(r.status).padStart(6)} ${r.seconds.toFixed(2).padStart(8)} ${mb(r.rssBeforeMb)}  ${mb(r.rssPeakMb)}  ${mb(r.rssAfterMb)}  ${mb(r.rssPeakMb - r.rssBeforeMb)}`,
    ),
    `Bound: a ${UPLOAD_MB} MB upload costs < ${LIMIT_MB} MB and gives it back.`,
  ];
  return lines.join("\n");
}
