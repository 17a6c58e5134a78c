"use client";

import { NOTIFICATION_EVENTS, type TChannelType, type TNotificationEvent } from "@stampede/contracts";
import { useEffect, useState } from "react";
import { callApi } from "@/lib/call-api";
import { INPUT, LABEL, PRIMARY_BUTTON } from "../editor/fields/styles";
import { addChannel } from "./notifications-api";

const TYPES: { value: TChannelType; label: string }[] = [
  { value: "webhook", label: "Webhook (signed JSON)" },
  { value: "slack", label: "Slack-compatible" },
  { value: "dingtalk", label: "DingTalk robot" },
  { value: "wecom", label: "WeCom robot" },
  { value: "email", label: "E-mail (SMTP)" },
];

/** Adds a channel subscribed to the chosen events of every scenario of the project, one scenario or one schedule. */
export function AddChannelForm({ projectId, onAdded }: { projectId: string; onAdded: () => void }) {
  const [type, setType] = useState<TChannelType>("webhook");
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [emailTo, setEmailTo] = useState("");
  const [secret, setSecret] = useState("");
  const [scope, setScope] = useState("");
  const scopes = useSubscriptionScopes(projectId);
  const [events, setEvents] = useState<TNotificationEvent[]>(["run.finished", "run.failed", "run.regression"]);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const [kind, id] = scope.split(":");
    const result = await addChannel(projectId, {
      type,
      name,
      ...(type === "email"
        ? { emailTo: emailTo.split(/[\s,;]+/).filter(Boolean) }
        : { url, secret: type === "webhook" && secret ? secret : undefined }),
      subscriptions: [
        { events, ...(kind === "scenario" && { scenarioId: id }), ...(kind === "schedule" && { scheduleId: id }) },
      ],
    });
    setSaving(false);
    if (!result.ok) return setProblems(result.issues.length ? result.issues : [result.error]);
    setProblems([]);
    setName("");
    setUrl("");
    setEmailTo("");
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
        {type === "email" ? (
          <label className={LABEL}>
            Addresses (comma-separated; the instance sends through STAMPEDE_SMTP_URL)
            <input className={INPUT} value={emailTo} onChange={(e) => setEmailTo(e.target.value)} />
          </label>
        ) : (
          <label className={LABEL}>
            URL
            <input className={INPUT} value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
          </label>
        )}
        {type === "webhook" && (
          <label className={LABEL}>
            Signing secret (optional, write-only)
            <input className={INPUT} type="password" value={secret} onChange={(e) => setSecret(e.target.value)} />
          </label>
        )}
      </div>
      <label className={LABEL}>
        Notify about
        <select className={INPUT} value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="">every scenario of the project</option>
          {scopes.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
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

/** The project's scenarios and schedules, as choices of what a channel's subscription covers. */
function useSubscriptionScopes(projectId: string) {
  const [scopes, setScopes] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    const project = `project=${encodeURIComponent(projectId)}`;
    void Promise.all([
      callApi<{ scenarios: { id: string; name: string }[] }>(`/api/v1/scenarios?${project}`),
      callApi<{ schedules: { id: string; name: string }[] }>(`/api/v1/schedules?${project}`),
    ]).then(([scenarios, schedules]) =>
      setScopes([
        ...(scenarios.ok ? scenarios.body.scenarios : []).map((s) => ({
          value: `scenario:${s.id}`,
          label: `scenario ${s.name}`,
        })),
        ...(schedules.ok ? schedules.body.schedules : []).map((s) => ({
          value: `schedule:${s.id}`,
          label: `schedule ${s.name}`,
        })),
      ]),
    );
  }, [projectId]);
  return scopes;
}
