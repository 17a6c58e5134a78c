"use client";

import type { TRangeStats } from "@stampede/contracts";
import { useEffect, useState } from "react";
import type { SecondRange } from "@/lib/run-series";

/** The stats endpoint is read this often while the run goes: tables move every 2 s, not on every point. */
const REFRESH_MS = 2_000;

/**
 * The run's figures over the zoomed range (the whole run without one), from the stats endpoint's merged
 * histograms: read at once, every 2 s while `live`, again when the range changes, and once when the run ends.
 */
export function useRangeStats(runId: string, range: SecondRange | null, live: boolean): TRangeStats | null {
  const [stats, setStats] = useState<TRangeStats | null>(null);
  const from = range?.from;
  const to = range?.to;
  useEffect(() => {
    let current = true;
    const query = new URLSearchParams();
    if (from !== undefined) query.set("from", String(from));
    if (to !== undefined) query.set("to", String(to));
    const load = () =>
      fetch(`/api/v1/runs/${encodeURIComponent(runId)}/stats?${query}`, { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<TRangeStats>) : null))
        .then((body) => current && body && setStats(body))
        .catch(() => {}); // a missed refresh is retried 2 s later
    void load();
    const timer = live ? setInterval(load, REFRESH_MS) : undefined;
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [runId, from, to, live]);
  return stats;
}
