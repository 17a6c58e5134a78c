"use client";

import { useEffect, useState } from "react";
import { readRefusal } from "@/lib/api-refusal";

/** How often a live panel re-reads its data while the run goes. */
export const LIVE_POLL_MS = 3000;

/** What a polled read gives: the last good answer, and why the last read was refused (the API's own words). */
export interface Polled<T> {
  data: T | null;
  error: string | null;
}

/**
 * Reads `url` as JSON, and again every LIVE_POLL_MS while `live`; once the run ends it reads once more (the
 * last seconds land after the status changes). `data` is null until the first answer; a failed read keeps it.
 */
export function usePolledJson<T>(url: string, live: boolean): Polled<T> {
  const [state, setState] = useState<Polled<T>>({ data: null, error: null });
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      try {
        const response = await fetch(url, { cache: "no-store" });
        if (cancelled) return;
        if (response.ok) {
          const data = (await response.json()) as T;
          if (!cancelled) setState({ data, error: null });
          return;
        }
        const refusal = await readRefusal(response);
        if (!cancelled) setState((s) => ({ data: s.data, error: [refusal.error, ...refusal.issues].join(" — ") }));
      } catch {
        // Keep what was shown; the next poll tries again.
      }
    };
    void load();
    const timer = live ? setInterval(() => void load(), LIVE_POLL_MS) : undefined;
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [url, live]);
  return state;
}
