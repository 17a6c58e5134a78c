import type { AddressInfo } from "node:net";
import type { TNotificationPayload } from "@stampede/contracts";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendEmail } from "./send-email";

// A real SMTP server on 127.0.0.1 that keeps what it is sent, and refuses one address.
const received: { from: string; to: string[]; data: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onRcptTo(address, _session, callback) {
    if (address.address.endsWith("@refused.test")) return callback(new Error("no such mailbox"));
    callback();
  },
  onData(stream, session, callback) {
    let data = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => (data += chunk));
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((r) => r.address),
        data,
      });
      callback();
    });
  },
});
let url = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const payload = {
  event: "run.finished",
  at: "2026-11-30T10:00:00.000Z",
  projectId: "p1",
  run: {
    id: "run1",
    scenarioId: "s1",
    scenarioName: "Checkout",
    status: "FINISHED",
    trigger: "SCHEDULE",
    stopReason: null,
    error: null,
    link: "/runs/run1",
    figures: { requests: 1200, failures: 0, errorRate: 0, p95Ms: 12, p99Ms: 30, tps: 40 },
  },
} as unknown as TNotificationPayload;

describe("e-mail notifications", () => {
  it("go through the SMTP server with the title as subject and the figures as text", async () => {
    await sendEmail({ url, from: "Stampede <stampede@example.test>" }, ["ops@example.test"], payload);
    const mail = received.at(-1)!;
    expect(mail.from).toBe("stampede@example.test");
    expect(mail.to).toEqual(["ops@example.test"]);
    // The subject has quotes, so it travels encoded (RFC 2047): Run of "Checkout" finished.
    expect(mail.data).toContain("Subject: =?UTF-8?Q?Run_of_=22Checkout=22_finished?=");
    expect(mail.data).toContain("Requests 1200");
    expect(mail.data).not.toContain("**");
  });

  it("fail with the server's refusal, and without addresses", async () => {
    await expect(sendEmail({ url, from: "stampede@example.test" }, ["x@refused.test"], payload)).rejects.toThrow(
      /no such mailbox/,
    );
    await expect(sendEmail({ url, from: "stampede@example.test" }, [], payload)).rejects.toThrow(/no e-mail addresses/);
  });
});
