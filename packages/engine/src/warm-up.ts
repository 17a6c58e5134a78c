import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import type { RunLoadOptions } from "./types";

const BODY = '{"ok":1}';
const RESPONSE = Buffer.from(
  `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${BODY.length}\r\nkeep-alive: timeout=60\r\n\r\n${BODY}`,
);
const END_OF_HEAD = "\r\n\r\n";

/** Answers every request head it reads (the warm-up sends GETs without a body) with RESPONSE. */
function answer(socket: Socket) {
  let tail = "";
  socket.setNoDelay(true);
  socket.on("data", (chunk: Buffer) => {
    const text = tail + chunk.toString("latin1");
    let count = 0;
    for (let i = text.indexOf(END_OF_HEAD); i !== -1; i = text.indexOf(END_OF_HEAD, i + 4)) count++;
    tail = text.slice(-3); // a head's blank line may straddle two chunks
    if (count > 0) socket.write(count === 1 ? RESPONSE : Buffer.concat(Array(count).fill(RESPONSE)));
  });
  socket.on("error", () => socket.destroy());
}

/**
 * Detaches a throw-away ArrayBuffer, once per process. V8 compiles typed-array and Buffer accesses without
 * detach checks for as long as no ArrayBuffer has ever been detached (its "ArrayBufferDetaching" protector),
 * and the first detach anywhere deoptimises every function compiled that way at once. undici's HTTP parser
 * (llhttp in WebAssembly) detaches one the first time its memory grows — with hundreds of connections open,
 * i.e. in the first milliseconds of a TPS run, never in the warm-up's 16. Measured at 20k iterations/s:
 * about 40 hot functions (Node's streams, timers and async hooks, undici's client and parser, the engine's
 * histograms) fell back to the interpreter right at the start of the run, every due iteration took a new VU,
 * and that cascade is most of the first second's dropped iterations. Detached here, before the warm-up, the
 * code it optimises already carries the checks, and the run's first parser growth costs nothing more.
 */
export function settleArrayBufferDetaching() {
  if (detached) return;
  detached = true;
  const buffer = new ArrayBuffer(8);
  structuredClone(buffer, { transfer: [buffer] });
}
let detached = false;

/**
 * A fraction of a second of requests through the engine's own code — VU loop, rendering, undici's client and
 * parser, outputs, checks, metrics — against a server of its own on 127.0.0.1, never the target. The first
 * thousands of requests of a process run unoptimised code: in TPS mode at 20k iterations/s that cold start
 * stalled the scheduler for hundreds of milliseconds and dropped about half of the first second's
 * iterations. Nothing of the warm-up is reported.
 */
export async function warmUpEngine(
  runLoad: (options: RunLoadOptions) => Promise<unknown>,
  iterations = 5_000,
  deadline?: { atMs: number; now: () => number },
): Promise<void> {
  settleArrayBufferDetaching();
  const server = createServer(answer);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/warm-up`;
    const scenario = ZScenarioSpec.parse({
      flows: [
        {
          name: "warm-up",
          steps: [
            {
              type: "http",
              name: "warm-up",
              url,
              outputs: [{ name: "ok", source: "body-json", expression: "ok" }],
              checks: [{ source: "status", operator: "eq", value: "200" }],
            },
            { type: "http", name: "warm-up plain", url },
          ],
        },
      ],
    });
    // Two runs, not one: each run has its own closures (the clock's hrtime, the data feeders, the schedule),
    // and code optimised against a single run's calls them as constants — the next run (the real one) would
    // deoptimise runIteration, the exchange and the executor in its first milliseconds. A second run makes
    // those calls polymorphic before they are optimised.
    const half = ZLoadConfig.parse({
      mode: "concurrency",
      vus: 16,
      durationSeconds: 2,
      iterations: Math.ceil(iterations / 2),
    });
    for (let run = 0; run < 2; run++) {
      // A start fixed ahead (a distributed TPS run) bounds the warm-up: it takes the time the lead leaves and
      // no more, so a slow or shared machine still starts its schedule on time (late, the due iterations would
      // leave in one burst and find no VU free).
      const left = deadline ? deadline.atMs - deadline.now() : undefined;
      if (left !== undefined && left <= 0) break;
      await runLoad({
        plan: { scenario, load: half },
        sink: { frame: () => undefined },
        warmUp: false,
        signal: left === undefined ? undefined : AbortSignal.timeout(left),
      });
    }
  } finally {
    server.close();
  }
}
