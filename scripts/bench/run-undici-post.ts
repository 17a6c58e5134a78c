// Baseline generator for the post workload: the same GET and templated JSON POST the engine sends, on an
// undici Pool through `dispatch()` with one reused handler per virtual user and nothing else. undici's own
// POST-over-GET cost is the floor under the engine's: what the engine adds to a POST is the difference.
// `--scenario get` sends GET to `--url`; `--scenario post-template` sends the templated body to it.
import { type Dispatcher, Pool } from "undici";
import { renderTemplatedBody } from "./post-flow";
import { cpuSecondsSoFar, parseRunnerArgs, printResult, runVirtualUsers } from "./runner-io";

const args = parseRunnerArgs();
if (args.scenario !== "get" && args.scenario !== "post-template") {
  throw new Error(`unknown --scenario "${args.scenario}" (get or post-template)`);
}
const url = new URL(args.url);
const pool = new Pool(url.origin, { connections: args.connections, pipelining: 1, keepAliveTimeout: 30_000 });
const GET: Dispatcher.DispatchOptions = { method: "GET", path: url.pathname };
const JSON_HEADERS = ["content-type", "application/json"];
const post = (): Dispatcher.DispatchOptions => ({
  method: "POST",
  path: url.pathname,
  headers: JSON_HEADERS,
  body: renderTemplatedBody(),
});

let requests = 0;
let failures = 0;

/** One virtual user: its own dispatch handler, reused for every request it sends (one at a time). */
class VirtualUser implements Dispatcher.DispatchHandler {
  private status = 0;

  constructor(
    private readonly endAt: number,
    private readonly done: () => void,
  ) {}

  next(): void {
    if (performance.now() >= this.endAt) return this.done();
    pool.dispatch(args.scenario === "get" ? GET : post(), this);
  }

  onConnect(): void {}

  onHeaders(statusCode: number): boolean {
    this.status = statusCode;
    return true;
  }

  onData(): boolean {
    return true;
  }

  onComplete(): void {
    requests++;
    if (this.status < 200 || this.status > 299) failures++;
    this.next();
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
