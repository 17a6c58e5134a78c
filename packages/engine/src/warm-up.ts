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
 * A fraction of a second of requests through the engine's own code — VU loop, rendering, undici's client and
 * parser, outputs, checks, metrics — against a server of its own on 127.0.0.1, never the target. The first
 * thousands of requests of a process run unoptimised code: in TPS mode at 20k iterations/s that cold start
 * stalled the scheduler for hundreds of milliseconds and dropped about half of the first second's
 * iterations. Nothing of the warm-up is reported.
 */
export async function warmUpEngine(
  runLoad: (options: RunLoadOptions) => Promise<unknown>,
  iterations = 5_000,
): Promise<void> {
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
    const load = ZLoadConfig.parse({ mode: "concurrency", vus: 16, durationSeconds: 2, iterations });
    await runLoad({ plan: { scenario, load }, sink: { frame: () => undefined }, warmUp: false });
  } finally {
    server.close();
  }
}
