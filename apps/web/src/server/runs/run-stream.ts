import { isTerminalRunStatus, type TLivePoint, type TRunStatus } from "@stampede/contracts";
import type { Db } from "@stampede/db";
import { runKeys, ZLiveMessage, type TLiveMessage } from "@stampede/queue";
import { getEnv } from "@/lib/env";
import { warnThrottled } from "@/lib/log-throttled";
import { createSubscriber } from "@/lib/redis";
import { findRunPoints } from "./get-run-metrics";
import { getRunStatus } from "./get-run-status";
import { sseComment, sseEvent, sseRetry } from "./sse";

const HEARTBEAT_MS = 15_000;
/** Pub/sub is at-most-once (a reconnect loses messages), so the status is also re-read from Postgres. */
const STATUS_POLL_MS = 5_000;

/**
 * A run's live stream. Order matters for "nothing lost, nothing twice":
 * 1. subscribe to the live channel, buffering what arrives;
 * 2. read the status, then the backlog of points, from Postgres (the worker writes a second's rows before it
 *    publishes the point, and the final status after the last rows);
 * 3. send the backlog, remembering each second sent, then the status;
 * 4. replay the buffer and forward live messages, dropping points whose second was already sent.
 * A message published before step 1 is in the backlog; one published after it is in the buffer.
 * On a terminal status: send any points still missing from Postgres, then the status, then close.
 * Each point's event id is its second; a client that reconnects with `lastEventId` (the `Last-Event-ID` it
 * was sent) gets only the seconds after it, so the two connections together hold every second exactly once.
 */
export async function openRunStream(
  db: Db,
  runId: string,
  signal: AbortSignal,
  options: { lastEventId?: number } = {},
): Promise<ReadableStream<Uint8Array>> {
  const after = options.lastEventId ?? -1;
  const subscriber = createSubscriber();
  subscriber.on("error", (error: Error) => warnThrottled("stream redis", error.message));
  const buffered: TLiveMessage[] = [];
  let onMessage: (message: TLiveMessage) => void = (message) => buffered.push(message);
  subscriber.on("message", (_channel: string, raw: string) => {
    const parsed = ZLiveMessage.safeParse(safeJson(raw));
    if (parsed.success) onMessage(parsed.data);
  });

  let status: TRunStatus;
  let backlog: TLivePoint[];
  try {
    await subscriber.subscribe(runKeys(getEnv().STAMPEDE_REDIS_PREFIX, runId).live);
    status = await getRunStatus(db, runId);
    backlog = await findRunPoints(db, runId, after);
  } catch (error) {
    subscriber.disconnect();
    throw error;
  }

  const sentSeconds = new Set<number>();
  const timers: ReturnType<typeof setInterval>[] = [];
  let closed = false;
  let finishing = false;
  let lastStatus: TRunStatus | undefined;
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (chunk: Uint8Array) => {
        if (closed) return;
        try {
          controller.enqueue(chunk);
        } catch {
          cleanup();
        }
      };
      const sendPoint = (point: TLivePoint) => {
        if (point.second <= after || sentSeconds.has(point.second)) return;
        sentSeconds.add(point.second);
        send(sseEvent("point", point, point.second));
      };
      const sendStatus = (next: TRunStatus) => {
        if (next === lastStatus) return;
        lastStatus = next;
        send(sseEvent("status", { status: next }));
      };
      cleanup = () => {
        if (closed) return;
        closed = true;
        timers.forEach(clearInterval);
        signal.removeEventListener("abort", cleanup);
        subscriber.disconnect();
        try {
          controller.close();
        } catch {
          // already closed by the runtime after the client went away
        }
      };
      const finish = async (final: TRunStatus) => {
        if (finishing) return;
        finishing = true;
        try {
          (await findRunPoints(db, runId, after)).forEach(sendPoint);
        } catch (error) {
          console.warn(`[stream ${runId}] final catch-up failed: ${(error as Error).message}`);
        }
        sendStatus(final);
        cleanup();
      };
      const handle = (message: TLiveMessage) => {
        if (message.type === "point") sendPoint(message.point);
        else if (isTerminalRunStatus(message.status)) void finish(message.status);
        else if (!finishing) sendStatus(message.status);
      };

      signal.addEventListener("abort", cleanup);
      if (signal.aborted) return cleanup();
      send(sseRetry(2_000));
      backlog.forEach(sendPoint);
      if (isTerminalRunStatus(status)) {
        sendStatus(status);
        cleanup();
        return;
      }
      sendStatus(status);
      onMessage = handle;
      buffered.splice(0).forEach(handle);

      timers.push(setInterval(() => send(sseComment("heartbeat")), HEARTBEAT_MS));
      timers.push(
        setInterval(() => {
          getRunStatus(db, runId)
            .then((current) => handle({ type: "status", status: current }))
            .catch((error: Error) => console.warn(`[stream ${runId}] status poll failed: ${error.message}`));
        }, STATUS_POLL_MS),
      );
    },
    cancel() {
      cleanup(); // the client went away
    },
  });
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
