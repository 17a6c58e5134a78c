import { expect, test } from "@playwright/test";
import { COMPLIANCE_LABEL } from "./helpers";

const target = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";

test("schedules: create one in the console, see its next fire times, and its scheduled run in the history", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const name = `e2e schedule ${Date.now()}`;
  const created = await request.post("/api/v1/scenarios", {
    data: {
      name: `${name} scenario`,
      spec: {
        flows: [{ name: "browse", steps: [{ type: "http", name: "items", url: `${target}/api/items?page=1` }] }],
      },
      load: { vus: 1, durationSeconds: 2 },
    },
  });
  expect(created.status()).toBe(201);
  const scenarioId = (await created.json()).scenario.id as string;

  // A bad cron expression is refused naming the field.
  const bad = await request.post(`/api/v1/scenarios/${scenarioId}/schedules`, {
    data: { name, cron: "* * *", confirmCompliance: true },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0]).toMatch(/^cron: invalid cron expression/);

  await page.goto(`/scenarios/${scenarioId}`);
  const form = page.locator("form", { has: page.getByRole("button", { name: "Save schedule" }) });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Repeat").selectOption("cron");
  await form.getByLabel("Cron expression").fill("*/10 * * * * *");
  await expect(page.getByTestId("schedule-preview").getByRole("listitem")).toHaveCount(5);
  await form.getByLabel(COMPLIANCE_LABEL).check();
  await form.getByRole("button", { name: "Save schedule" }).click();

  const row = page.getByTestId(`schedule-${name}`);
  await expect(row).toContainText("*/10 * * * * *");
  // The first fire comes within 10 s; its run shows in the schedule's history with a link.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId(`fires-${name}`).getByRole("link").first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByTestId(`fires-${name}`)).toContainText("started");

  await page.getByTestId(`schedule-${name}`).getByRole("button", { name: "Pause" }).click();
  await expect(page.getByTestId(`schedule-${name}`)).toContainText("paused");
});
