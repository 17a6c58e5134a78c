const encoder = new TextEncoder();

/**
 * One Server-Sent Events message: a named event whose data is JSON on one line. With an `id`, the browser
 * sends it back as `Last-Event-ID` when it reconnects.
 */
export function sseEvent(event: string, data: unknown, id?: number): Uint8Array {
  const idLine = id === undefined ? "" : `id: ${id}\n`;
  return encoder.encode(`${idLine}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/**
 * The last point a reconnecting client has: the `Last-Event-ID` header EventSource sends by itself, or
 * `?lastEventId=` from a client that opened a new EventSource. Undefined when absent or not a second.
 */
export function lastEventIdOf(request: Request): number | undefined {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  if (raw === null || !/^\d{1,9}$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

/** A comment line: ignored by EventSource, but keeps proxies from closing an idle stream. */
export function sseComment(text: string): Uint8Array {
  return encoder.encode(`: ${text}\n\n`);
}

/** Tells EventSource how long to wait before it reconnects on its own. */
export function sseRetry(ms: number): Uint8Array {
  return encoder.encode(`retry: ${ms}\n\n`);
}
