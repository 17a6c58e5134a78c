"use client";

import { useCallback, useEffect, useState } from "react";
import { BUTTON } from "../editor/fields/styles";
import { type DeliveryRow, listDeliveries } from "./notifications-api";

const STATUS_CLASS: Record<string, string> = {
  delivered: "text-emerald-700",
  pending: "text-amber-700",
  failed: "text-red-700",
};

/** A channel's delivery log, newest first, with a refresh button. */
export function ChannelDeliveries({ channelId }: { channelId: string }) {
  const [rows, setRows] = useState<DeliveryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const result = await listDeliveries(channelId);
    if (result.ok) setRows(result.body.deliveries);
    else setError(result.error);
  }, [channelId]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="mt-2 rounded border border-slate-200 p-2" data-testid="channel-deliveries">
      <div className="mb-1 flex items-center justify-between">
        <span className="text-xs font-medium text-slate-600">Deliveries</span>
        <button type="button" className={BUTTON} onClick={() => void load()}>
          Refresh
        </button>
      </div>
      {error && <p className="text-xs text-red-700">{error}</p>}
      {rows?.length === 0 && <p className="text-xs text-slate-500">Nothing sent yet.</p>}
      <ul className="space-y-1 text-xs">
        {rows?.map((d) => (
          <li key={d.id} data-testid="delivery-row" className="flex flex-wrap gap-2">
            <span className="text-slate-500">{new Date(d.createdAt).toLocaleString()}</span>
            <span className="font-mono">{d.event}</span>
            <span className={STATUS_CLASS[d.status] ?? ""}>{d.status}</span>
            <span>
              {d.attempts} attempt{d.attempts === 1 ? "" : "s"}
              {d.lastStatus !== null && `, HTTP ${d.lastStatus}`}
            </span>
            {d.lastError && <span className="text-red-700">{d.lastError}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
