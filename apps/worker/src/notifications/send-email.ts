import { notificationLines, notificationTitle, type TNotificationPayload } from "@stampede/contracts";
import nodemailer from "nodemailer";

/** Where e-mail goes out: the SMTP server's URL (`smtps://user:pass@mail.example.com:465`) and the sender. */
export interface SmtpSettings {
  url: string;
  from: string;
}

/** A message's plain text: the chat body's Markdown lines without their bold marks. */
function plainText(payload: TNotificationPayload): string {
  return notificationLines(payload)
    .map((line) => line.replace(/\*\*/g, ""))
    .join("\n");
}

/** Sends one notification by e-mail through the configured SMTP server; throws what the server refused. */
export async function sendEmail(smtp: SmtpSettings, to: string[], payload: TNotificationPayload): Promise<void> {
  if (to.length === 0) throw new Error("the channel has no e-mail addresses");
  const transport = nodemailer.createTransport(smtp.url, { connectionTimeout: 10_000, socketTimeout: 10_000 });
  try {
    await transport.sendMail({ from: smtp.from, to, subject: notificationTitle(payload), text: plainText(payload) });
  } finally {
    transport.close();
  }
}
