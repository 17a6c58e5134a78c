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
  // A manual run first, so the trend chart (two ended runs or more) has a run to put the scheduled one beside.
  const manual = await request.post(`/api/v1/scenarios/${scenarioId}/runs`, { data: { confirmCompliance: true } });
  expect(manual.status()).toBe(201);

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
  const runHref = await page.getByTestId(`fires-${name}`).getByRole("link").first().getAttribute("href");
  const scheduledRunId = runHref!.split("/").pop()!;

  // Once it has ended, the scheduled run is a filled dot in the scenario's trend chart.
  await expect(async () => {
    await page.reload();
    const dots = page.getByTestId("trends-card").locator(`[data-testid="trend-dot"][data-run-id="${scheduledRunId}"]`);
    await expect(dots.first()).toHaveAttribute("data-scheduled", "true", { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByTestId("trends-card")).toContainText(/\d+ ended runs \([1-9]\d* scheduled\)/);

  await page.getByTestId(`schedule-${name}`).getByRole("button", { name: "Pause" }).click();
  await expect(page.getByTestId(`schedule-${name}`)).toContainText("paused");

  // Edit it: a new cron expression and a load of its own for scheduled runs; a bad value is refused by field.
  const edit = page.getByTestId(`edit-${name}`);
  await edit.getByText(`Edit ${name}`).click();
  await edit.getByLabel("Cron expression").fill("0 4 * * *");
  await edit.getByLabel("Load of scheduled runs").selectOption("concurrency");
  await edit.getByLabel("VUs", { exact: true }).fill("0");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("alert")).toContainText("loadOverride");
  await edit.getByLabel("VUs", { exact: true }).fill("3");
  await edit.getByLabel("Duration (s)").fill("4");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId(`schedule-${name}`)).toContainText("0 4 * * *");
  const schedules = await request.get(`/api/v1/scenarios/${scenarioId}/schedules`);
  const saved = ((await schedules.json()) as { schedules: Array<{ name: string; loadOverride: unknown }> }).schedules;
  expect(saved.find((s) => s.name === name)?.loadOverride).toMatchObject({ vus: 3, durationSeconds: 4 });
});
