import { describe, expect, it } from "vitest";
import { channelBody, type TNotificationPayload, ZChannelInput, ZChannelPatch } from "./notifications";

const payload: TNotificationPayload = {
  event: "run.finished",
  at: "2026-11-30T12:00:00.000Z",
  projectId: "p1",
  run: {
    id: "r1",
    scenarioId: "s1",
    scenarioName: "Checkout",
    status: "FINISHED",
    stopReason: null,
    error: null,
    scheduleId: null,
    figures: { requests: 1200, errorRate: 0.5, p95Ms: 120, p99Ms: 300, tps: 40 },
    link: "/runs/r1",
    comparison: {
      baselineRunId: "b1",
      regression: true,
      regressions: ["p95"],
      change: { tps: 0, p95: 20, p99: 5, errorRate: 0 },
    },
  },
};

describe("channel bodies", () => {
  it("sends a webhook the payload itself", () => {
    expect(channelBody("webhook", payload)).toBe(payload);
  });

  it("sends Slack a text with the figures, the regression and the link", () => {
    const { text } = channelBody("slack", payload) as { text: string };
    expect(text).toContain('*Run of "Checkout" finished*');
    expect(text).toContain("p95 120 ms");
    expect(text).toContain("Regression against baseline b1: p95");
    expect(text).toContain("/runs/r1");
  });

  it("sends DingTalk and WeCom robots markdown messages", () => {
    expect(channelBody("dingtalk", payload)).toMatchObject({
      msgtype: "markdown",
      markdown: { title: 'Run of "Checkout" finished' },
    });
    const wecom = channelBody("wecom", { ...payload, event: "run.regression" }) as {
      msgtype: string;
      markdown: { content: string };
    };
    expect(wecom.msgtype).toBe("markdown");
    expect(wecom.markdown.content).toContain("regressed against its baseline");
  });

  it("describes a failed schedule fire", () => {
    const { text } = channelBody("slack", {
      event: "schedule.fire_failed",
      at: "2026-11-30T12:00:00.000Z",
      projectId: "p1",
      schedule: {
        id: "sc1",
        name: "nightly",
        scenarioId: "s1",
        dueAt: "2026-11-30T02:00:00.000Z",
        reason: "no generators",
      },
    }) as { text: string };
    expect(text).toContain('Schedule "nightly" failed to fire');
    expect(text).toContain("no generators");
  });
});

describe("channel input", () => {
  it("accepts a signed webhook", () => {
    const input = ZChannelInput.parse({ type: "webhook", name: "ci", url: "https://hooks.test/x", secret: "s" });
    expect(input.url).toBe("https://hooks.test/x");
  });

  it("refuses other schemes, a missing url and e-mail without addresses, naming the field", () => {
    const ftp = ZChannelInput.safeParse({ type: "webhook", name: "x", url: "ftp://hooks.test/x" });
    expect(ftp.error?.issues[0]?.path).toEqual(["url"]);
    const noUrl = ZChannelInput.safeParse({ type: "slack", name: "x" });
    expect(noUrl.error?.issues.map((i) => i.path.join("."))).toContain("url");
    const noTo = ZChannelInput.safeParse({ type: "email", name: "x" });
    expect(noTo.error?.issues.map((i) => i.path.join("."))).toContain("emailTo");
  });

  it("refuses an unknown event and a subscription to both a scenario and a schedule", () => {
    const bad = ZChannelInput.safeParse({
      type: "webhook",
      name: "x",
      url: "http://127.0.0.1/x",
      subscriptions: [{ events: ["run.exploded"] }],
    });
    expect(bad.error?.issues[0]?.path).toEqual(["subscriptions", 0, "events", 0]);
    const both = ZChannelPatch.safeParse({
      subscriptions: [{ events: ["run.failed"], scenarioId: "a", scheduleId: "b" }],
    });
    expect(both.success).toBe(false);
  });
});
