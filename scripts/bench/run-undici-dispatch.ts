// Baseline generator: the demo's two-step flow on an undici Pool through `dispatch()` — the lowest-overhead
// undici API, the one the engine sends with — and a minimal handler: no promise, no body stream, no
// per-request object but the request options. It is the cheapest undici client there is, so it is the
// floor the engine's CPU per request is compared to.
import { type Dispatcher, Pool } from "undici";
import { cpuSecondsSoFar, parseRunnerArgs, printResult, runVirtualUsers } from "./runner-io";
import { ACTIVITY_PATH, TOKEN_PATH, accessTokenOf, activityBody } from "./token-flow";

const args = parseRunnerArgs();
const origin = new URL(args.url).origin;
const pool = new Pool(origin, { connections: args.connections, pipelining: 1, keepAliveTimeout: 30_000 });
const TOKEN_REQUEST: Dispatcher.DispatchOptions = { method: "GET", path: TOKEN_PATH };
const JSON_HEADERS = ["content-type", "application/json"];

let requests = 0;
let failures = 0;

/** One virtual user: its own dispatch handler, reused for every request it sends (one at a time). */
class VirtualUser implements Dispatcher.DispatchHandler {
  private status = 0;
  private chunks: Buffer[] = [];
  private onActivityStep = false;

  constructor(
    private readonly endAt: number,
    private readonly done: () => void,
  ) {}

  /** Starts the next iteration, or ends this user once the duration is over. */
  next(): void {
    if (performance.now() >= this.endAt) return this.done();
    this.onActivityStep = false;
    this.chunks = [];
    pool.dispatch(TOKEN_REQUEST, this);
  }

  onConnect(): void {}

  onHeaders(statusCode: number): boolean {
    this.status = statusCode;
    return true;
  }

  onData(chunk: Buffer): boolean {
    // Only the token step's body is read; the business call's is only received.
    if (!this.onActivityStep) this.chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    requests++;
    let ok = this.status >= 200 && this.status <= 299;
    let token: string | undefined;
    if (ok && !this.onActivityStep) {
      const body = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      try {
        token = accessTokenOf(body.toString());
      } catch {
        ok = false; // Not JSON.
      }
    }
    if (!ok) failures++;
    if (token === undefined) return this.next();
    this.onActivityStep = true;
    pool.dispatch({ method: "POST", path: ACTIVITY_PATH, headers: JSON_HEADERS, body: activityBody(token) }, this);
  }

  onError(): void {
    requests++;
    failures++;
    this.next();
  }
}

const startupCpuSeconds = cpuSecondsSoFar();
const durationSeconds = await runVirtualUsers(args.connections, args.durationSeconds, (endAt, done) =>
  new VirtualUser(endAt, done).next(),
);
await pool.close();
printResult({ requests, failures, durationSeconds, startupCpuSeconds });
