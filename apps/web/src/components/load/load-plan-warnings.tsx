"use client";

import type { TLoadConfig } from "@stampede/contracts";
import { loadInsights } from "@stampede/metrics/insights";
import { useMemo } from "react";

/** What the load plan alone tells (a step ramp that never reaches Max VUs), under the preview chart. */
export function LoadPlanWarnings({ load }: { load: TLoadConfig }) {
  // The plan may be half-typed (an emptied field): then there is nothing to say yet.
  const insights = useMemo(() => {
    try {
      return loadInsights(load);
    } catch {
      return [];
    }
  }, [load]);
  if (insights.length === 0) return null;
  return (
    <ul role="status" className="mt-2 space-y-1 text-xs text-amber-800" data-testid="load-plan-warnings">
      {insights.map((i) => (
        <li key={i.id} className="rounded border border-amber-200 bg-amber-50 px-2 py-1">
          {i.message[0]?.toUpperCase()}
          {i.message.slice(1)}.
        </li>
      ))}
    </ul>
  );
}
