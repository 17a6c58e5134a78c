// Baseline generator: the demo's two-step flow written by hand on an undici Pool, with nothing else —
// no templating, extraction engine, metrics or checks. It is the floor the engine's cost is compared to.
import { Pool } from "undici";
import { cpuSecondsSoFar, parseRunnerArgs, printResult } from "./runner-io";

const args = parseRunnerArgs();
const origin = new URL(args.url).origin;
const pool = new Pool(origin, { connections: args.connections, pipelining: 1, keepAliveTimeout: 30_000 });
const TOKEN_PATH = "/cgi-bin/token?grant_type=client_credential&appid=wx-demo-app&secret=demo-secret";

let requests = 0;
let failures = 0;
const count = (status: number) => {
  requests++;
  if (status < 200 || status > 299) failures++;
};

async function virtualUser(endAt: number): Promise<void> {
  while (performance.now() < endAt) {
    try {
      const tokenRes = await pool.request({ method: "GET", path: TOKEN_PATH });
      const token = (JSON.parse(await tokenRes.body.text()) as { access_token?: unknown }).access_token;
      count(tokenRes.statusCode);
      if (typeof token !== "string") continue;
      const activityRes = await pool.request({
        method: "POST",
        path: "/api/activity",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ input_token: token, activity_id: "A-1001" }),
      });
      await activityRes.body.text();
      count(activityRes.statusCode);
    } catch {
      requests++;
      failures++;
    }
  }
}

const startupCpuSeconds = cpuSecondsSoFar();
const started = performance.now();
const endAt = started + args.durationSeconds * 1000;
await Promise.all(Array.from({ length: args.connections }, () => virtualUser(endAt)));
const durationSeconds = (performance.now() - started) / 1000;
await pool.close();
printResult({ requests, failures, durationSeconds, startupCpuSeconds });
