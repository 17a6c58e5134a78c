import type { TChannelInput, TChannelPatch, TNotificationEvent, TSubscriptionInput } from "@stampede/contracts";
import type { Db } from "./client";
import { NotFoundError } from "./errors";
import type { Prisma } from "./generated/prisma/client";
import { openSecret, sealSecret, type SecretKey } from "./secrets/index";

/** A channel as shown: its secret never leaves the database, only whether it has one. */
export interface ChannelView {
  id: string;
  projectId: string;
  name: string;
  type: string;
  url: string | null;
  hasSecret: boolean;
  emailTo: string[];
  enabled: boolean;
  createdAt: Date;
  subscriptions: { id: string; events: string[]; scenarioId: string | null; scheduleId: string | null }[];
}

const VIEW = {
  id: true,
  projectId: true,
  name: true,
  type: true,
  url: true,
  secret: true,
  emailTo: true,
  enabled: true,
  createdAt: true,
  subscriptions: { select: { id: true, events: true, scenarioId: true, scheduleId: true } },
} as const;

function toView({ secret, ...row }: { secret: string | null } & Omit<ChannelView, "hasSecret">): ChannelView {
  return { ...row, hasSecret: secret !== null };
}

function subscriptionRows(subs: TSubscriptionInput[]) {
  return subs.map((s) => ({ events: s.events, scenarioId: s.scenarioId ?? null, scheduleId: s.scheduleId ?? null }));
}

export async function listChannels(db: Db, projectId: string): Promise<ChannelView[]> {
  const rows = await db.notificationChannel.findMany({
    where: { projectId },
    orderBy: { createdAt: "asc" },
    select: VIEW,
  });
  return rows.map(toView);
}

export async function getChannel(db: Db, id: string): Promise<ChannelView> {
  const row = await db.notificationChannel.findUnique({ where: { id }, select: VIEW });
  if (!row) throw new NotFoundError("channel", id);
  return toView(row);
}

/** Creates a channel; its secret is sealed under the instance key. No subscriptions given: every run event. */
export async function createChannel(
  db: Db,
  projectId: string,
  input: TChannelInput,
  key: SecretKey,
): Promise<ChannelView> {
  const subscriptions = input.subscriptions ?? [
    { events: ["run.finished", "run.failed", "run.stopped_by_condition", "run.regression"] as TNotificationEvent[] },
  ];
  const row = await db.notificationChannel.create({
    data: {
      projectId,
      name: input.name,
      type: input.type,
      url: input.url ?? null,
      secret: input.secret ? sealSecret(input.secret, key) : null,
      emailTo: input.emailTo ?? [],
      enabled: input.enabled ?? true,
      subscriptions: { create: subscriptionRows(subscriptions) },
    },
    select: VIEW,
  });
  return toView(row);
}

/** Changes a channel; subscriptions, when given, replace the old ones. */
export async function updateChannel(db: Db, id: string, patch: TChannelPatch, key: SecretKey): Promise<ChannelView> {
  await getChannel(db, id);
  const row = await db.notificationChannel.update({
    where: { id },
    data: {
      name: patch.name,
      url: patch.url,
      secret: patch.secret === undefined ? undefined : patch.secret === null ? null : sealSecret(patch.secret, key),
      emailTo: patch.emailTo,
      enabled: patch.enabled,
      subscriptions: patch.subscriptions
        ? { deleteMany: {}, create: subscriptionRows(patch.subscriptions) }
        : undefined,
    },
    select: VIEW,
  });
  return toView(row);
}

export async function deleteChannel(db: Db, id: string): Promise<void> {
  const { count } = await db.notificationChannel.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("channel", id);
}

/** Where an event goes: the enabled channels with a subscription to it for the project, scenario or schedule. */
export async function channelsForEvent(
  db: Db,
  where: { projectId: string; event: TNotificationEvent; scenarioId?: string | null; scheduleId?: string | null },
): Promise<string[]> {
  const scope: Prisma.NotificationSubscriptionWhereInput[] = [{ scenarioId: null, scheduleId: null }];
  if (where.scenarioId) scope.push({ scenarioId: where.scenarioId });
  if (where.scheduleId) scope.push({ scheduleId: where.scheduleId });
  const rows = await db.notificationChannel.findMany({
    where: {
      projectId: where.projectId,
      enabled: true,
      subscriptions: { some: { events: { has: where.event }, OR: scope } },
    },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Records a notification to send (pending); the sender updates it per attempt. */
export async function createDelivery(db: Db, channelId: string, event: string, payload: unknown): Promise<string> {
  const row = await db.notificationDelivery.create({
    data: { channelId, event, payload: payload as Prisma.InputJsonValue },
    select: { id: true },
  });
  return row.id;
}

/** A delivery with what sending it needs: the channel's address and its opened secret. */
export async function getDeliveryForSending(db: Db, id: string, key: SecretKey) {
  const row = await db.notificationDelivery.findUnique({
    where: { id },
    include: { channel: { select: { type: true, url: true, secret: true, emailTo: true, name: true } } },
  });
  if (!row) throw new NotFoundError("delivery", id);
  const { secret, ...channel } = row.channel;
  return { ...row, channel: { ...channel, secret: secret ? openSecret(secret, key) : null } };
}

/** Records one attempt: delivered, or the error and whether more attempts will follow (pending) or not (failed). */
export async function recordDeliveryAttempt(
  db: Db,
  id: string,
  attempt: { delivered: boolean; final: boolean; status?: number | null; error?: string | null; now?: Date },
): Promise<void> {
  await db.notificationDelivery.update({
    where: { id },
    data: {
      attempts: { increment: 1 },
      status: attempt.delivered ? "delivered" : attempt.final ? "failed" : "pending",
      lastStatus: attempt.status ?? null,
      lastError: attempt.delivered ? null : (attempt.error ?? null),
      deliveredAt: attempt.delivered ? (attempt.now ?? new Date()) : undefined,
    },
  });
}

/** A channel's delivery log, newest first. */
export async function listDeliveries(db: Db, channelId: string, take = 50) {
  return db.notificationDelivery.findMany({
    where: { channelId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      event: true,
      status: true,
      attempts: true,
      lastStatus: true,
      lastError: true,
      createdAt: true,
      deliveredAt: true,
      payload: true,
    },
  });
}
