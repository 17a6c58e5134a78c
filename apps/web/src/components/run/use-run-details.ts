"use client";

import { isTerminalRunStatus, type TRunStatus } from "@stampede/contracts";
import { useEffect, useState } from "react";
import { toRunEventView, toRunView, type RunEventView, type RunView } from "@/lib/run-view";
import type { ShardBreakdown } from "@/server/runs/shard-breakdown";

const POLL_MS = 10_000;
const SUMMARY_RETRIES = 5;

/**
 * The run row and its events, re-read when the live status changes (and every 10 s while live, for new
 * events). After a terminal status the summary may land a moment later, so it retries a few times.
 */
export function useRunDetails(
  initialRun: RunView,
  initialEvents: RunEventView[],
  initialShards: ShardBreakdown,
  liveStatus: TRunStatus,
) {
  const [run, setRun] = useState(initialRun);
  const [events, setEvents] = useState(initialEvents);
  const [shards, setShards] = useState(initialShards);
  // Bumped by `refresh()`: something changed the run here (a speed change), so read it again now.
  const [nudges, setNudges] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const terminal = isTerminalRunStatus(liveStatus);

    const refresh = async (attempt: number) => {
      try {
        const response = await fetch(`/api/v1/runs/${encodeURIComponent(initialRun.id)}`, { cache: "no-store" });
        if (!response.ok || cancelled) return;
        const body = (await response.json()) as {
          run: Parameters<typeof toRunView>[0];
          events: RunEventView[];
          shards: ShardBreakdown;
        };
        const next = toRunView(body.run);
        setRun(next);
        setEvents(body.events.map(toRunEventView));
        setShards(body.shards);
        const waitingForSummary = terminal && next.status !== "FAILED" && !next.summary && attempt < SUMMARY_RETRIES;
        if (waitingForSummary) timer = setTimeout(() => void refresh(attempt + 1), 1_000);
        else if (!terminal) timer = setTimeout(() => void refresh(0), POLL_MS);
      } catch {
        if (!cancelled && !terminal) timer = setTimeout(() => void refresh(0), POLL_MS);
      }
    };

    const changed = liveStatus !== initialRun.status;
    const complete = initialRun.summary !== null || initialRun.status === "FAILED";
    if (changed || nudges > 0 || (terminal && !complete)) void refresh(0);
    else if (!terminal) timer = setTimeout(() => void refresh(0), POLL_MS);
    // else: the run was already final, with its summary, when the page rendered.
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [initialRun.id, initialRun.status, initialRun.summary, liveStatus, nudges]);

  return { run, events, shards, refresh: () => setNudges((n) => n + 1) };
}
