import { sseComment, sseEvent } from "@/server/runs/sse";
import { toCapturedRow, type TCapturedRow, type TRecordingSession } from "./recording-sessions";

const KEEPALIVE_MS = 15_000;

/**
 * The recording as Server-Sent Events: every request captured so far, then each new one as it is captured
 * (`request`), then `stopped` when the recording ends. A reconnecting page gets the whole list again and
 * replaces its table, so no event id is needed.
 */
export function openRecordingEvents(session: TRecordingSession, signal: AbortSignal): ReadableStream<Uint8Array> {
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        controller.close();
      };
      const send = (row: TCapturedRow | undefined) => {
        if (closed) return;
        if (row) controller.enqueue(sseEvent("request", row));
        else {
          controller.enqueue(sseEvent("stopped", { id: session.id, stoppedAt: session.stoppedAt?.toISOString() }));
          close();
        }
      };
      controller.enqueue(sseEvent("backlog", { rows: session.recorder.exchanges().map(toCapturedRow) }));
      if (session.stoppedAt) return send(undefined);
      session.listeners.add(send);
      const keepalive = setInterval(() => controller.enqueue(sseComment("keepalive")), KEEPALIVE_MS);
      const onAbort = () => close();
      signal.addEventListener("abort", onAbort);
      cleanup = () => {
        session.listeners.delete(send);
        clearInterval(keepalive);
        signal.removeEventListener("abort", onAbort);
      };
    },
    cancel() {
      cleanup();
    },
  });
}
