"use client";

import { NOTIFICATION_EVENTS, type TChannelType, type TNotificationEvent } from "@stampede/contracts";
import { useState } from "react";
import { INPUT, LABEL, PRIMARY_BUTTON } from "../editor/fields/styles";
import { addChannel } from "./notifications-api";

const TYPES: { value: Exclude<TChannelType, "email">; label: string }[] = [
  { value: "webhook", label: "Webhook (signed JSON)" },
  { value: "slack", label: "Slack-compatible" },
  { value: "dingtalk", label: "DingTalk robot" },
  { value: "wecom", label: "WeCom robot" },
];

/** Adds a channel subscribed to the chosen events of every scenario of the project. */
export function AddChannelForm({ projectId, onAdded }: { projectId: string; onAdded: () => void }) {
  const [type, setType] = useState<Exclude<TChannelType, "email">>("webhook");
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState("");
  const [events, setEvents] = useState<TNotificationEvent[]>(["run.finished", "run.failed", "run.regression"]);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const result = await addChannel(projectId, {
      type,
      name,
      url,
      secret: type === "webhook" && secret ? secret : undefined,
      subscriptions: [{ events }],
    });
    setSaving(false);
    if (!result.ok) return setProblems(result.issues.length ? result.issues : [result.error]);
    setProblems([]);
    setName("");
    setUrl("");
    setSecret("");
    onAdded();
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="space-y-2 border-t border-slate-200 pt-3"
      aria-label="Add channel"
    >
      <div className="grid gap-2 sm:grid-cols-2">
        <label className={LABEL}>
          Type
          <select className={INPUT} value={type} onChange={(e) => setType(e.target.value as typeof type)}>
            {TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          Name
          <input className={INPUT} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className={LABEL}>
          URL
          <input className={INPUT} value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
        </label>
        {type === "webhook" && (
          <label className={LABEL}>
            Signing secret (optional, write-only)
            <input className={INPUT} type="password" value={secret} onChange={(e) => setSecret(e.target.value)} />
          </label>
        )}
      </div>
      <fieldset className="flex flex-wrap gap-3 text-xs">
        <legend className={LABEL}>Events</legend>
        {NOTIFICATION_EVENTS.map((event) => (
          <label key={event} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={events.includes(event)}
              onChange={(e) => setEvents(e.target.checked ? [...events, event] : events.filter((x) => x !== event))}
            />
            {event}
          </label>
        ))}
      </fieldset>
      {problems.length > 0 && (
        <ul role="alert" className="text-xs text-red-700">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <button type="submit" className={PRIMARY_BUTTON} disabled={saving}>
        Add channel
      </button>
    </form>
  );
}
