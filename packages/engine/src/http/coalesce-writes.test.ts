import { type AddressInfo, connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coalesceWrites } from "./coalesce-writes";

let server: Server;
/** Called with what the next accepted connection will have received once its client ends it. */
let nextConnection: ((accepted: { received: Promise<Buffer> }) => void) | undefined;

beforeAll(async () => {
  server = createServer((socket) => {
    const received = new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      socket.on("data", (c: Buffer) => chunks.push(c));
      socket.on("end", () => resolve(Buffer.concat(chunks)));
    });
    // Wrapped: a promise resolved with a promise would wait for that one.
    nextConnection?.({ received });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function connected(): Promise<{ socket: Socket; received: Promise<Buffer> }> {
  const accepted = new Promise<{ received: Promise<Buffer> }>((resolve) => (nextConnection = resolve));
  const socket = connect((server.address() as AddressInfo).port, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  return { socket: coalesceWrites(socket), received: (await accepted).received };
}

/** Counts the writes the socket hands to the kernel side, one-buffer or vectored. */
function countWrites(socket: Socket) {
  const counts = { single: 0, vectored: 0 };
  const internals = socket as unknown as { _write: (...a: unknown[]) => void; _writev: (...a: unknown[]) => void };
  const [write, writev] = [internals._write, internals._writev];
  internals._write = function (...args) {
    counts.single++;
    return write.apply(this, args);
  };
  internals._writev = function (...args) {
    counts.vectored++;
    return writev.apply(this, args);
  };
  return counts;
}

/** Writes a head (latin1 string) and a body (Buffer) the way undici sends a request with a body. */
function sendCorked(socket: Socket, head: string, body: Buffer) {
  socket.cork();
  socket.write(head, "latin1");
  socket.write(body);
  socket.uncork();
  socket.end();
}

describe("coalesceWrites", () => {
  it("sends a corked head and body as one write, byte for byte", async () => {
    const { socket, received } = await connected();
    const writes = countWrites(socket);
    const head = "POST /api/order HTTP/1.1\r\nhost: x\r\ncontent-length: 19\r\n\r\n";
    const body = Buffer.from('{"name":"café ☕"}', "utf8");
    sendCorked(socket, head, body);
    const bytes = await received;
    expect(bytes.equals(Buffer.concat([Buffer.from(head, "latin1"), body]))).toBe(true);
    // The wrapper runs once (Writable calls _writev) and hands one buffer on: one _write, not two.
    expect(writes).toEqual({ single: 1, vectored: 1 });
  });

  it("leaves a large body to the vectored write, bytes unchanged", async () => {
    const { socket, received } = await connected();
    const writes = countWrites(socket);
    const head = "POST /upload HTTP/1.1\r\n\r\n";
    const body = Buffer.alloc(64 * 1024, 0x61);
    sendCorked(socket, head, body);
    const bytes = await received;
    expect(writes).toEqual({ single: 0, vectored: 1 });
    expect(bytes.length).toBe(head.length + body.length);
    expect(bytes.subarray(0, head.length).toString("latin1")).toBe(head);
  });

  it("leaves a string in another encoding than latin1 to the vectored write, bytes unchanged", async () => {
    const { socket, received } = await connected();
    const writes = countWrites(socket);
    socket.cork();
    socket.write("POST / HTTP/1.1\r\n\r\n", "latin1");
    socket.write("café ☕", "utf8");
    socket.uncork();
    socket.end();
    expect((await received).toString("utf8")).toBe("POST / HTTP/1.1\r\n\r\ncafé ☕");
    expect(writes).toEqual({ single: 0, vectored: 1 });
  });
});
