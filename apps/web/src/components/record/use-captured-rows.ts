"use client";

import { useEffect, useState } from "react";
import type { CapturedRow } from "./recording-view";

/**
 * The recording's captured requests, live: the stream starts with the whole list (`backlog`), which also
 * replaces the table after EventSource reconnects by itself, then adds each `request`; `stopped` ends it.
 */
export function useCapturedRows(recordingId: string | null): { rows: CapturedRow[]; stopped: boolean } {
  const [rows, setRows] = useState<CapturedRow[]>([]);
  const [stopped, setStopped] = useState(false);
  useEffect(() => {
    if (!recordingId) return;
    setRows([]);
    setStopped(false);
    const source = new EventSource(`/api/v1/recordings/${recordingId}/events`);
    source.addEventListener("backlog", (event) => {
      setRows((JSON.parse((event as MessageEvent<string>).data) as { rows: CapturedRow[] }).rows);
    });
    source.addEventListener("request", (event) => {
      const row = JSON.parse((event as MessageEvent<string>).data) as CapturedRow;
      setRows((current) => (current.some((r) => r.seq === row.seq) ? current : [...current, row]));
    });
    source.addEventListener("stopped", () => {
      setStopped(true);
      source.close();
    });
    return () => source.close();
  }, [recordingId]);
  return { rows, stopped };
}
