"use client";

import { isTerminalRunStatus, type TLivePoint, type TRunStatus } from "@stampede/contracts";
import { useCallback, useEffect, useState } from "react";
import { upsertPoint } from "@/lib/run-stats";

const MAX_RECONNECT_DELAY_MS = 10_000;

/**
 * Follows a run's SSE stream: points (merged by second, so a replayed backlog is harmless) and status.
 * EventSource retries by itself after a dropped connection; when it gives up (an HTTP error answer) the
 * hook reconnects with backoff. It stops for good on a terminal status. Each point's event id is its second:
 * EventSource resends the last as `Last-Event-ID` by itself, and a new EventSource asks with `?lastEventId=`
 * for the seconds after the newest it has, so no second is missed or sent twice.
 */
export function useRunStream(runId: string, initialStatus: TRunStatus, initialPoints: TLivePoint[]) {
  const [status, setStatus] = useState<TRunStatus>(initialStatus);
  const [points, setPoints] = useState<TLivePoint[]>(initialPoints);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    if (isTerminalRunStatus(initialStatus)) return;
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let done = false;
    let lastSecond = initialPoints.at(-1)?.second;

    const connect = () => {
      const resume = lastSecond === undefined ? "" : `?lastEventId=${lastSecond}`;
      const es = new EventSource(`/api/v1/runs/${encodeURIComponent(runId)}/stream${resume}`);
      source = es;
      es.onopen = () => {
        attempt = 0;
        setConnected(true);
      };
      es.addEventListener("point", (e) => {
        const point = JSON.parse((e as MessageEvent<string>).data) as TLivePoint;
        lastSecond = Math.max(lastSecond ?? -1, point.second);
        setPoints((prev) => upsertPoint(prev, point));
      });
      es.addEventListener("status", (e) => {
        const next = (JSON.parse((e as MessageEvent<string>).data) as { status: TRunStatus }).status;
        setStatus(next);
        if (isTerminalRunStatus(next)) {
          // The server closes after a terminal status; without close() EventSource would reconnect.
          done = true;
          es.close();
          setConnected(false);
        }
      });
      es.onerror = () => {
        setConnected(false);
        if (done || es.readyState !== EventSource.CLOSED) return;
        es.close();
        retryTimer = setTimeout(connect, Math.min(MAX_RECONNECT_DELAY_MS, 1_000 * 2 ** attempt++));
      };
    };

    connect();
    return () => {
      done = true;
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [runId, initialStatus]);

  /** Applies a status learnt elsewhere (the Stop answer), never moving a finished run backwards. */
  const applyStatus = useCallback((next: TRunStatus) => {
    setStatus((current) => (isTerminalRunStatus(current) ? current : next));
  }, []);

  return { status, points, connected, applyStatus };
}
