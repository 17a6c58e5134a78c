import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConflictError } from "@stampede/db";
import { ProxyAgent, request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError } from "@/server/http/errors";
import { openRecordingEvents } from "./recording-events";
import { recordingSessions, runningRecording } from "./recording-sessions";
import { startRecording } from "./start-recording";
import { stopRecording } from "./stop-recording";

// The console's recording sessions against a real proxy and a real server on 127.0.0.1; the CA goes into a
// data directory of this test's own.
let dir: string;
let target: Server;
let host: string;
const previousDataDir = process.env.STAMPEDE_DATA_DIR;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "stampede-recordings-"));
  process.env.STAMPEDE_DATA_DIR = dir;
  target = createServer((_req, res) => res.end("ok"));
  await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(target.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const session of recordingSessions.values()) await stopRecording(session);
  target.closeAllConnections();
  await new Promise<void>((resolve) => target.close(() => resolve()));
  if (previousDataDir === undefined) delete process.env.STAMPEDE_DATA_DIR;
  else process.env.STAMPEDE_DATA_DIR = previousDataDir;
  rmSync(dir, { recursive: true, force: true });
});

/** Reads SSE events off the stream until `stopped` (the stream closes itself then). */
async function readEvents(stream: ReadableStream<Uint8Array>): Promise<{ event: string; data: unknown }[]> {
  const text = await new Response(stream).text();
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("event:"))
    .map((block) => {
      const [eventLine, dataLine] = block.split("\n");
      return { event: eventLine!.slice("event: ".length), data: JSON.parse(dataLine!.slice("data: ".length)) };
    });
}

describe("recording sessions", () => {
  it("starts one recording per project, streams what it captures, and ends the stream when stopped", async () => {
    const session = await startRecording("project-a", { hosts: [host] }, "ann@example.com");
    expect(session.recorder.host).toBe("127.0.0.1");
    expect(runningRecording("project-a")).toBe(session);
    await expect(startRecording("project-a", { hosts: [host] }, "bob@example.com")).rejects.toThrow(ConflictError);

    const events = readEvents(openRecordingEvents(session, new AbortController().signal));
    const dispatcher = new ProxyAgent(`http://127.0.0.1:${session.recorder.port}`);
    const response = await request(`http://${host}/items`, { dispatcher });
    expect(await response.body.text()).toBe("ok");
    await dispatcher.close();
    // The capture is recorded once the proxy has handled the response's end; wait for it, then stop.
    await expect.poll(() => session.recorder.exchanges().length).toBe(1);
    await stopRecording(session);

    const received = await events;
    expect(received.map((e) => e.event)).toEqual(["backlog", "request", "stopped"]);
    expect(received[1]!.data).toMatchObject({ seq: 1, method: "GET", url: `http://${host}/items`, status: 200 });
    expect(runningRecording("project-a")).toBeUndefined();

    // A stream opened after the stop gets the whole list, then `stopped`.
    const late = await readEvents(openRecordingEvents(session, new AbortController().signal));
    expect(late.map((e) => e.event)).toEqual(["backlog", "stopped"]);
    expect((late[0]!.data as { rows: unknown[] }).rows).toHaveLength(1);
  });

  it("refuses hosts that are not hosts with a 400 naming each, and a port in use with a 409", async () => {
    await expect(startRecording("project-b", { hosts: ["ok.test", "no way"] }, "ann")).rejects.toThrow(
      new BadRequestError(['hosts[1]: "no way" is not a host or host:port']),
    );
    const port = Number(host.split(":")[1]);
    await expect(startRecording("project-b", { hosts: ["ok.test"], port }, "ann")).rejects.toThrow(
      `port: ${port} is in use`,
    );
    expect(runningRecording("project-b")).toBeUndefined();
  });
});
