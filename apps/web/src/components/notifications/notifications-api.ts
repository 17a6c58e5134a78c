import type { TChannelInput, TNotificationEvent } from "@stampede/contracts";
import { callApi } from "@/lib/call-api";

/** A channel as the API shows it (its secret only as hasSecret). */
export interface ChannelRow {
  id: string;
  name: string;
  type: string;
  url: string | null;
  emailTo?: string[];
  hasSecret: boolean;
  enabled: boolean;
  subscriptions: { id: string; events: TNotificationEvent[]; scenarioId: string | null; scheduleId: string | null }[];
}

export interface DeliveryRow {
  id: string;
  event: string;
  status: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
}

const channelUrl = (id: string) => `/api/v1/channels/${encodeURIComponent(id)}`;

export const listChannels = (projectId: string) =>
  callApi<{ channels: ChannelRow[] }>(`/api/v1/projects/${encodeURIComponent(projectId)}/channels`);

export const addChannel = (projectId: string, input: TChannelInput) =>
  callApi<{ channel: ChannelRow }>(`/api/v1/projects/${encodeURIComponent(projectId)}/channels`, {
    method: "POST",
    body: input,
  });

export const deleteChannel = (id: string) => callApi(channelUrl(id), { method: "DELETE" });

export const setChannelEnabled = (id: string, enabled: boolean) =>
  callApi(channelUrl(id), { method: "PATCH", body: { enabled } });

export const testChannel = (id: string) => callApi(`${channelUrl(id)}/test`, { method: "POST", body: {} });

export const listDeliveries = (id: string) => callApi<{ deliveries: DeliveryRow[] }>(`${channelUrl(id)}/deliveries`);
