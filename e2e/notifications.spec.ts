import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { createScenario, waitForRunEnd } from "./auth-helpers";

/** A webhook receiver on 127.0.0.1 that this test starts and stops; it records the events it is sent. */
async function startReceiver(): Promise<{ server: Server; url: string; events: string[] }> {
  const events: string[] = [];
  const server = createServer((req, res) => {
    events.push(String(req.headers["x-stampede-event"] ?? ""));
    req.resume();
    req.on("end", () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, events };
}

test("notifications: a webhook channel added in settings shows a delivered run.finished after a run", async ({
  page,
  request,
}) => {
  const receiver = await startReceiver();
  const name = `e2e hook ${Date.now()}`;
  let channelId: string | undefined;
  try {
    const scenarioName = `notify e2e ${Date.now()}`;
    const scenarioId = await createScenario(request, scenarioName);
    await page.goto("/settings");
    const card = page.getByTestId("notification-channels");
    const form = card.getByRole("form", { name: "Add channel" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("URL").fill(receiver.url);
    await form.getByLabel(/Signing secret/).fill("e2e-secret");
    // Subscribed to this one scenario's events only.
    await form.getByLabel("Notify about").selectOption({ label: `scenario ${scenarioName}` });
    await form.getByRole("button", { name: "Add channel" }).click();
    const row = card.getByTestId("channel-row").filter({ hasText: name });
    await expect(row).toContainText("signed");
    await expect(row).toContainText("(one scenario)");

    const me = await (await request.get("/api/v1/me")).json();
    const projectId: string = me.currentProjectId ?? me.projects?.[0]?.id ?? "default";
    const { channels } = (await (await request.get(`/api/v1/projects/${projectId}/channels`)).json()) as {
      channels: { id: string; name: string }[];
    };
    channelId = channels.find((c) => c.name === name)?.id;

    const started = await request.post(`/api/v1/scenarios/${scenarioId}/runs`, {
      data: { vus: 1, durationSeconds: 2, confirmCompliance: true },
    });
    expect(started.status(), await started.text()).toBe(201);
    expect(await waitForRunEnd(request, (await started.json()).run.id)).toBe("FINISHED");
    await expect.poll(() => receiver.events.includes("run.finished"), { timeout: 30_000 }).toBe(true);

    await row.getByRole("button", { name: "Deliveries" }).click();
    const delivered = row
      .getByTestId("delivery-row")
      .filter({ hasText: "run.finished" })
      .filter({ hasText: "delivered" });
    await expect(async () => {
      await row.getByRole("button", { name: "Refresh" }).click();
      await expect(delivered.first()).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(delivered.first()).toContainText("HTTP 204");

    await row.getByRole("button", { name: "Disable" }).click();
    await expect(row).toContainText("disabled");
    await row.getByRole("button", { name: "Enable" }).click();
    await expect(row).not.toContainText("disabled");
  } finally {
    if (channelId) await request.delete(`/api/v1/channels/${channelId}`);
    await new Promise((r) => receiver.server.close(r));
  }
});

test("notifications: channel input is checked, e-mail needs SMTP, and a secret is never read back", async ({
  request,
}) => {
  const me = await (await request.get("/api/v1/me")).json();
  const projectId: string = me.currentProjectId ?? me.projects?.[0]?.id ?? "default";
  const url = `/api/v1/projects/${projectId}/channels`;
  const ftp = await request.post(url, { data: { type: "webhook", name: "x", url: "ftp://127.0.0.1/x" } });
  expect(ftp.status()).toBe(400);
  expect((await ftp.json()).issues.join("\n")).toContain("url: only http and https addresses are allowed");
  const email = await request.post(url, { data: { type: "email", name: "x", emailTo: ["a@example.com"] } });
  expect(email.status()).toBe(400);
  expect((await email.json()).issues[0]).toContain("STAMPEDE_SMTP_URL");
  const created = await request.post(url, {
    data: {
      type: "wecom",
      name: `e2e secret ${Date.now()}`,
      url: "http://127.0.0.1:9/robot",
      secret: "never-shown",
      subscriptions: [{ events: ["run.failed"] }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { channel } = await created.json();
  try {
    const read = await request.get(`/api/v1/channels/${channel.id}`);
    expect(await read.text()).not.toContain("never-shown");
    expect((await read.json()).channel.hasSecret).toBe(true);
    const patched = await request.patch(`/api/v1/channels/${channel.id}`, { data: { events: ["run.failed"] } });
    expect(patched.status()).toBe(400);
  } finally {
    await request.delete(`/api/v1/channels/${channel.id}`);
  }
  expect((await request.get(`/api/v1/channels/${channel.id}`)).status()).toBe(404);
});
