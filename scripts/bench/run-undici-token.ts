// Baseline generator: the demo's two-step flow written by hand on an undici Pool with `request()`, the
// API most hand-written clients use, and nothing else — no templating, extraction engine, metrics or checks.
import { Pool } from "undici";
import { cpuSecondsSoFar, parseRunnerArgs, printResult, runVirtualUsers } from "./runner-io";
import { ACTIVITY_PATH, TOKEN_PATH, accessTokenOf, activityBody } from "./token-flow";

const args = parseRunnerArgs();
const origin = new URL(args.url).origin;
const pool = new Pool(origin, { connections: args.connections, pipelining: 1, keepAliveTimeout: 30_000 });

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
      const token = accessTokenOf(await tokenRes.body.text());
      count(tokenRes.statusCode);
      if (token === undefined) continue;
      const activityRes = await pool.request({
        method: "POST",
        path: ACTIVITY_PATH,
        headers: { "content-type": "application/json" },
        body: activityBody(token),
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
const durationSeconds = await runVirtualUsers(
  args.connections,
  args.durationSeconds,
  (endAt, done) => void virtualUser(endAt).then(done),
);
await pool.close();
printResult({ requests, failures, durationSeconds, startupCpuSeconds });
