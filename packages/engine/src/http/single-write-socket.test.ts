import { once } from "node:events";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { type AddressInfo, connect, createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { runScenario } from "../test-support/run-scenario";
import { writeRequestsWhole } from "./single-write-socket";

/** A server that keeps every byte each connection sends, for comparing what reached the wire. */
async function byteSink(): Promise<{ server: Server; port: number; received: () => Promise<Buffer> }> {
  const chunks: Buffer[] = [];
  let closed: Promise<unknown> = Promise.resolve();
  const server = createServer((socket) => {
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    closed = once(socket, "end");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { server, port, received: async () => (await closed, Buffer.concat(chunks)) };
}

async function openSocket(port: number): Promise<Socket> {
  const socket = connect({ host: "127.0.0.1", port });
  await once(socket, "connect");
  return socket;
}

/** Counts the socket's own `_write` and `_writev` calls, then joins requests as the engine's sockets do. */
function instrument(socket: Socket): { write: number; writev: number } {
  const counts = { write: 0, writev: 0 };
  const own = socket as Socket & { _write: (...a: unknown[]) => void; _writev: (...a: unknown[]) => void };
  const write = own._write;
  const writev = own._writev;
  own._write = function (...args) {
    counts.write++;
    write.apply(this, args);
  };
  own._writev = function (...args) {
    counts.writev++;
    writev.apply(this, args);
  };
  writeRequestsWhole(socket);
  return counts;
}

/** Writes what undici writes for a request with a body: a corked head string, then the body's bytes. */
function writeAsUndici(socket: Socket, head: string, body: Buffer) {
  socket.cork();
  socket.write(head, "latin1");
  socket.write(body);
  socket.uncork();
}

let servers: Array<Server | HttpServer> = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

describe("writeRequestsWhole", () => {
  it("sends a head and a UTF-8 body as one write, byte for byte", async () => {
    const sink = await byteSink();
    servers.push(sink.server);
    const socket = await openSocket(sink.port);
    const head = "POST /order HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 29\r\n\r\n";
    const body = Buffer.from('{"name":"Zoë","city":"北京"}', "utf8");
    const counts = instrument(socket);
    writeAsUndici(socket, head, body);
    socket.end();
    const bytes = await sink.received();
    expect(bytes.equals(Buffer.concat([Buffer.from(head, "latin1"), body]))).toBe(true);
    expect(counts).toEqual({ write: 1, writev: 0 });
  });

  it("leaves a large upload and other write sequences to Node, in order", async () => {
    const sink = await byteSink();
    servers.push(sink.server);
    const socket = await openSocket(sink.port);
    const big = Buffer.alloc(200 * 1024, 0x61);
    const counts = instrument(socket);
    writeAsUndici(socket, "PUT /upload HTTP/1.1\r\n\r\n", big);
    socket.cork();
    socket.write("a", "utf8");
    socket.write("b", "latin1");
    socket.write(Buffer.from("c"));
    socket.uncork();
    // A third write after a joined head and body, and a nested cork: still in order.
    socket.cork();
    socket.write("d", "latin1");
    socket.write(Buffer.from("e"));
    socket.write("f");
    socket.cork();
    socket.write("g", "latin1", () => undefined);
    socket.uncork();
    socket.uncork();
    socket.end();
    const bytes = await sink.received();
    expect(bytes.length).toBe("PUT /upload HTTP/1.1\r\n\r\n".length + big.length + 7);
    expect(bytes.subarray(-7).toString()).toBe("abcdefg");
    // The upload went out as Node's writev of head and body, not joined into one string.
    expect(counts.writev).toBeGreaterThanOrEqual(1);
  });

  it("a run's POST bodies reach the target exactly, with their content-length", async () => {
    const seen: Array<{ length: string | undefined; body: string }> = [];
    const server = createHttpServer((req, res) => {
      const parts: Buffer[] = [];
      req.on("data", (c: Buffer) => parts.push(c));
      req.on("end", () => {
        seen.push({ length: req.headers["content-length"], body: Buffer.concat(parts).toString("utf8") });
        res.end("ok");
      });
    });
    servers.push(server);
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/order`;
    const { summary } = await runScenario(
      {
        globals: [{ name: "city", value: "北京" }],
        flows: [
          {
            name: "order",
            steps: [
              { type: "http", name: "literal", method: "POST", url, body: { type: "json", json: '{"who":"Zoë"}' } },
              {
                type: "http",
                name: "templated",
                method: "POST",
                url,
                body: { type: "json", json: '{"city":"${city}","n":${__random(1,1000)}}' },
              },
            ],
          },
        ],
      },
      { mode: "concurrency", vus: 2, durationSeconds: 60, iterations: 6, rampUpSeconds: 0 },
    );
    expect(summary.failures).toBe(0);
    expect(seen).toHaveLength(12);
    for (const { length, body } of seen) expect(Number(length)).toBe(Buffer.byteLength(body));
    expect(seen.filter((s) => s.body === '{"who":"Zoë"}')).toHaveLength(6);
    expect(seen.filter((s) => /^\{"city":"北京","n":\d+\}$/.test(s.body))).toHaveLength(6);
  });
});
