import { z } from "zod";

/** What a channel can be told about. */
export const NOTIFICATION_EVENTS = [
  "run.finished",
  "run.failed",
  "run.stopped_by_condition",
  "run.regression",
  "schedule.fire_failed",
] as const;
export type TNotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const CHANNEL_TYPES = ["webhook", "slack", "dingtalk", "wecom", "email"] as const;
export type TChannelType = (typeof CHANNEL_TYPES)[number];

/** http or https only: a channel posts to it. */
const ZHttpUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url("url: give a full http:// or https:// address"))
  .refine((u) => /^https?:$/.test(new URL(u).protocol), "url: only http and https addresses are allowed");

/** One subscription: events of the whole project (no scenario nor schedule), one scenario, or one schedule. */
export const ZSubscriptionInput = z
  .object({
    events: z.array(z.enum(NOTIFICATION_EVENTS)).min(1, "events: pick at least one event"),
    scenarioId: z.string().min(1).max(100).nullish(),
    scheduleId: z.string().min(1).max(100).nullish(),
  })
  .strict()
  .refine((s) => !(s.scenarioId && s.scheduleId), "a subscription names a scenario or a schedule, not both");
export type TSubscriptionInput = z.infer<typeof ZSubscriptionInput>;

const channelFields = {
  name: z.string().trim().min(1, "name: give the channel a name").max(100),
  url: ZHttpUrl.optional(),
  /** Write-only: signs webhook bodies; never read back. */
  secret: z.string().min(1).max(500).optional(),
  emailTo: z
    .array(z.string().trim().pipe(z.email("emailTo: not an e-mail address")))
    .max(50)
    .optional(),
  enabled: z.boolean().optional(),
  subscriptions: z.array(ZSubscriptionInput).max(50).optional(),
};

/** A new channel: chat robots and webhooks need a url, e-mail needs addresses. */
export const ZChannelInput = z
  .object({ type: z.enum(CHANNEL_TYPES), ...channelFields })
  .strict()
  .superRefine((c, ctx) => {
    if (c.type === "email" && !c.emailTo?.length) {
      ctx.addIssue({ code: "custom", path: ["emailTo"], message: "an e-mail channel needs at least one address" });
    }
    if (c.type !== "email" && !c.url) {
      ctx.addIssue({ code: "custom", path: ["url"], message: `a ${c.type} channel needs a url` });
    }
  });
export type TChannelInput = z.infer<typeof ZChannelInput>;

/** A change to a channel; `secret: null` removes the secret. */
export const ZChannelPatch = z
  .object({ ...channelFields, secret: z.string().min(1).max(500).nullable().optional() })
  .partial()
  .strict();
export type TChannelPatch = z.infer<typeof ZChannelPatch>;

/** A run's comparison with its scenario's baseline. */
export interface TNotificationComparison {
  baselineRunId: string;
  regression: boolean;
  /** What got worse beyond the project's tolerances (p95, p99, errorRate, tps). */
  regressions: string[];
  /** Percent change against the baseline (error rate: percentage points). */
  change: { tps: number | null; p95: number | null; p99: number | null; errorRate: number | null };
}

/** What every notification carries (the webhook body as is; chat robots get a text made of it). */
export interface TNotificationPayload {
  event: TNotificationEvent;
  /** ISO time the event happened. */
  at: string;
  projectId: string;
  run?: {
    id: string;
    scenarioId: string;
    scenarioName: string;
    status: string;
    stopReason: string | null;
    error: string | null;
    scheduleId: string | null;
    figures: { requests: number; errorRate: number; p95Ms: number; p99Ms: number; tps: number };
    /** The run's page, relative to the console's address. */
    link: string;
    comparison: TNotificationComparison | null;
  };
  schedule?: { id: string; name: string; scenarioId: string; dueAt: string; reason: string };
  /** Set on a channel's test message. */
  test?: boolean;
}

/** One line saying what happened, for chat messages and e-mail subjects. */
export function notificationTitle(p: TNotificationPayload): string {
  if (p.test) return "Stampede test notification";
  if (p.schedule) return `Schedule "${p.schedule.name}" failed to fire`;
  const run = p.run;
  if (!run) return `Stampede: ${p.event}`;
  const what = p.event === "run.regression" ? "regressed against its baseline" : run.status.toLowerCase();
  return `Run of "${run.scenarioName}" ${what}`;
}

/** The message body as Markdown lines: figures, stop reason, comparison, link. */
export function notificationLines(p: TNotificationPayload): string[] {
  const lines = [`**${notificationTitle(p)}**`];
  if (p.schedule) lines.push(`Due ${p.schedule.dueAt}: ${p.schedule.reason}`);
  const run = p.run;
  if (run) {
    const f = run.figures;
    lines.push(
      `Requests ${f.requests} · errors ${f.errorRate}% · p95 ${f.p95Ms} ms · p99 ${f.p99Ms} ms · TPS ${f.tps}`,
    );
    if (run.stopReason) lines.push(`Stopped: ${run.stopReason}`);
    if (run.error) lines.push(`Error: ${run.error}`);
    if (run.comparison) {
      lines.push(
        run.comparison.regression
          ? `Regression against baseline ${run.comparison.baselineRunId}: ${run.comparison.regressions.join(", ")}`
          : `Within tolerances of baseline ${run.comparison.baselineRunId}`,
      );
    }
    lines.push(`Run: ${run.link}`);
  }
  return lines;
}

/**
 * The JSON body a channel of this type is sent: the payload itself for a webhook, `{text}` for a
 * Slack-compatible hook, a markdown message for DingTalk and WeCom robots.
 */
export function channelBody(type: Exclude<TChannelType, "email">, p: TNotificationPayload): unknown {
  const text = notificationLines(p).join("\n\n");
  switch (type) {
    case "webhook":
      return p;
    case "slack":
      return { text: text.replace(/\*\*/g, "*") };
    case "dingtalk":
      return { msgtype: "markdown", markdown: { title: notificationTitle(p), text } };
    case "wecom":
      return { msgtype: "markdown", markdown: { content: text } };
  }
}
