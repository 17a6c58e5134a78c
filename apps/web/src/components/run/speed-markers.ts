import type { RunEventView } from "@/lib/run-view";

/** A speed change placed on a run chart's time axis: a vertical marker at `second` with a short label. */
export interface SpeedMarker {
  second: number;
  label: string;
}

/**
 * The run's speed changes as chart markers, in seconds from its start (the charts' x axis); events before the
 * start or without one are left out. The label is the event's figure and who made it ("5 VUs by ana@x.com").
 */
export function speedMarkers(events: readonly RunEventView[], startedAt: string | null): SpeedMarker[] {
  if (startedAt === null) return [];
  const origin = new Date(startedAt).getTime();
  return events
    .filter((e) => e.kind === "run.speed")
    .map((e) => ({
      second: Math.max(0, Math.floor((new Date(e.at).getTime() - origin) / 1000)),
      label: e.message.replace(/^speed changed to /, ""),
    }));
}
