import { describe, expect, it } from "vitest";
import { readSseEvents } from "./sse-events";

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function eventsOf(...chunks: string[]) {
  const events = [];
  for await (const event of readSseEvents(streamOf(...chunks))) events.push(event);
  return events;
}

describe("readSseEvents", () => {
  it("reads named events with ids across chunk boundaries, skipping comments and retry lines", async () => {
    const events = await eventsOf("retry: 2000\n\nid: 0\nevent: point\nda", 'ta: {"second":0}\n\n: heartbeat\n\n');
    expect(events).toEqual([{ event: "point", data: '{"second":0}', id: "0" }]);
  });

  it("reads CRLF line ends, and nothing from an empty stream", async () => {
    expect(await eventsOf('event: status\r\ndata: {"status":"FINISHED"}\r\n\r\n')).toEqual([
      { event: "status", data: '{"status":"FINISHED"}' },
    ]);
    expect(await eventsOf()).toEqual([]);
  });
});
