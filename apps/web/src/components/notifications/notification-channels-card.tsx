"use client";

import { useCallback, useEffect, useState } from "react";
import { Card } from "../card";
import { BUTTON } from "../editor/fields/styles";
import { AddChannelForm } from "./add-channel-form";
import { ChannelDeliveries } from "./channel-deliveries";
import { type ChannelRow, deleteChannel, listChannels, setChannelEnabled, testChannel } from "./notifications-api";

/** The project's notification channels (admins only): add, test, remove, and each one's delivery log. */
export function NotificationChannelsCard({ projectId }: { projectId: string }) {
  const [channels, setChannels] = useState<ChannelRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const load = useCallback(async () => {
    const result = await listChannels(projectId);
    if (result.ok) setChannels(result.body.channels);
    else setError(result.error);
  }, [projectId]);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (call: Promise<{ ok: boolean; error?: string }>) => {
    const result = await call;
    if (!result.ok) setError(result.error ?? "request failed");
    await load();
  };

  return (
    <Card title="Notifications" className="mb-6">
      <div className="space-y-3 p-4 text-sm" data-testid="notification-channels">
        <p className="text-slate-600">
          Where run results go: signed webhooks and chat robots. A failed send is retried 5 times with growing waits.
        </p>
        {error && (
          <p role="alert" className="text-red-700">
            {error}
          </p>
        )}
        {channels?.length === 0 && <p className="text-slate-500">No channels yet.</p>}
        <ul className="space-y-2">
          {channels?.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 p-2" data-testid="channel-row">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{c.name}</span>
                <span className="rounded bg-slate-100 px-1 text-xs">{c.type}</span>
                <span className="truncate font-mono text-xs text-slate-500">{c.url}</span>
                {c.hasSecret && <span className="text-xs text-slate-500">signed</span>}
                {c.emailTo && c.emailTo.length > 0 && (
                  <span className="truncate text-xs text-slate-500">{c.emailTo.join(", ")}</span>
                )}
                {!c.enabled && <span className="rounded bg-amber-100 px-1 text-xs text-amber-800">disabled</span>}
                <span className="text-xs text-slate-500">
                  {c.subscriptions
                    .map(
                      (s) =>
                        `${s.events.join(", ")}${s.scenarioId ? " (one scenario)" : s.scheduleId ? " (one schedule)" : ""}`,
                    )
                    .join("; ")}
                </span>
                <span className="ml-auto flex gap-1">
                  <button type="button" className={BUTTON} onClick={() => setOpen(open === c.id ? null : c.id)}>
                    Deliveries
                  </button>
                  <button
                    type="button"
                    className={BUTTON}
                    onClick={() => void act(setChannelEnabled(c.id, !c.enabled))}
                  >
                    {c.enabled ? "Disable" : "Enable"}
                  </button>
                  <button type="button" className={BUTTON} onClick={() => void act(testChannel(c.id))}>
                    Send test
                  </button>
                  <button type="button" className={BUTTON} onClick={() => void act(deleteChannel(c.id))}>
                    Remove
                  </button>
                </span>
              </div>
              {open === c.id && <ChannelDeliveries channelId={c.id} />}
            </li>
          ))}
        </ul>
        <AddChannelForm projectId={projectId} onAdded={() => void load()} />
      </div>
    </Card>
  );
}
