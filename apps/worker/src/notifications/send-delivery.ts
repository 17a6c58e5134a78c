import { channelBody, type TChannelType, type TNotificationPayload } from "@stampede/contracts";
import { getDeliveryForSending, type PrismaClient, recordDeliveryAttempt, type SecretKey } from "@stampede/db";
import { sendEmail, type SmtpSettings } from "./send-email";
import { signWebhook } from "./sign";

/** A receiver that has not answered in this long is counted as a failed attempt. */
const SEND_TIMEOUT_MS = 10_000;

export interface SendOptions {
  db: PrismaClient;
  key: SecretKey;
  /** Whether this is the last attempt BullMQ will make: a failure then marks the delivery failed. */
  final: boolean;
  /** The SMTP server e-mail channels go through; absent: e-mail is not configured on this worker. */
  smtp?: SmtpSettings;
  now?: () => Date;
}

/** One HTTP POST of a delivery's body; the answer's status, or throws what went wrong. */
async function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "Stampede", ...headers },
    body,
    redirect: "error",
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  await response.body?.cancel();
  return response.status;
}

/**
 * Sends one delivery and records the attempt. Throws when it failed, so the queue tries again later (with
 * backoff) until its attempts are used up.
 */
export async function sendDelivery(deliveryId: string, options: SendOptions): Promise<void> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const delivery = await getDeliveryForSending(db, deliveryId, options.key);
  if (delivery.status === "delivered") return;
  const { channel } = delivery;
  let status: number | null = null;
  let error: string | null = null;
  try {
    const payload = delivery.payload as unknown as TNotificationPayload;
    if (channel.type === "email") {
      if (!options.smtp) throw new Error("e-mail delivery is not configured on this worker (STAMPEDE_SMTP_URL)");
      await sendEmail(options.smtp, channel.emailTo, payload);
    } else {
      await sendHttp(channel, payload);
    }
  } catch (e) {
    error = (e as Error).name === "TimeoutError" ? "no answer within 10 s" : (e as Error).message;
  }
  await recordDeliveryAttempt(db, deliveryId, {
    delivered: error === null,
    final: options.final,
    status,
    error,
    now: now(),
  });
  if (error !== null) throw new Error(`notification ${deliveryId} to ${channel.name}: ${error}`);

  /** A webhook or chat robot: one signed (webhooks) JSON POST; a non-2xx answer is a failed attempt. */
  async function sendHttp(
    target: { type: string; url: string | null; secret: string | null },
    payload: TNotificationPayload,
  ) {
    if (!target.url) throw new Error("the channel has no URL");
    const body = JSON.stringify(channelBody(target.type as Exclude<TChannelType, "email">, payload));
    const headers: Record<string, string> = { "x-stampede-event": delivery.event, "x-stampede-delivery": delivery.id };
    if (target.type === "webhook") {
      const timestamp = String(Math.floor(now().getTime() / 1000));
      headers["x-stampede-timestamp"] = timestamp;
      if (target.secret) headers["x-stampede-signature"] = signWebhook(target.secret, timestamp, body);
    }
    status = await post(target.url, body, headers);
    if (status < 200 || status >= 300) throw new Error(`the receiver answered HTTP ${status}`);
  }
}
