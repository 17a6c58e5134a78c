import { expect, type APIRequestContext, test } from "@playwright/test";
import { COMPLIANCE_LABEL } from "./helpers";

const target = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";

type SavedSchedule = { id: string; name: string; cron: string | null; timezone: string; loadOverride: unknown };

async function createScenario(request: APIRequestContext, name: string): Promise<string> {
  const created = await request.post("/api/v1/scenarios", {
    data: {
      name,
      spec: { flows: [{ name: "browse", steps: [{ type: "http", name: "items", url: `${target}/api/items` }] }] },
      load: { vus: 1, durationSeconds: 5 },
    },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).scenario.id as string;
}

async function schedulesOf(request: APIRequestContext, scenarioId: string): Promise<SavedSchedule[]> {
  const listed = await request.get(`/api/v1/scenarios/${scenarioId}/schedules`);
  return ((await listed.json()) as { schedules: SavedSchedule[] }).schedules;
}

test("Start → Scheduled: a schedule with the load typed in the dialog, a bad time zone refused by field", async ({
  page,
  request,
}) => {
  const name = `e2e start scheduled ${Date.now()}`;
  const scenarioId = await createScenario(request, name);

  await page.goto(`/scenarios/${scenarioId}`);
  await page.getByRole("button", { name: "Start", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Start a run" });
  await dialog.getByLabel("Virtual users").fill("2");
  await dialog.getByLabel("Duration (s)").fill("3");
  await dialog.getByRole("radio", { name: "Scheduled" }).check();

  await dialog.getByLabel("Schedule name").fill(name);
  await dialog.getByLabel("Repeat").selectOption("weekdays");
  await dialog.getByLabel("Time", { exact: true }).fill("09:30");
  await dialog.getByLabel("Time zone").fill("Mars/Olympus");
  // The server reads the plan: an unknown zone is its refusal, in place of the fire times.
  await expect(dialog.getByTestId("schedule-preview")).toContainText('timezone: unknown IANA time zone "Mars/Olympus"');
  await dialog.getByLabel(COMPLIANCE_LABEL).check();
  await dialog.getByRole("button", { name: "Save schedule" }).click();
  await expect(dialog.getByRole("alert")).toContainText("timezone: unknown IANA time zone");
  expect(await schedulesOf(request, scenarioId)).toHaveLength(0);

  await dialog.getByLabel("Time zone").fill("Asia/Shanghai");
  const fires = dialog.getByTestId("schedule-preview").getByRole("listitem");
  await expect(fires).toHaveCount(5);
  await dialog.getByRole("button", { name: "Save schedule" }).click();

  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenarioId}#schedules$`));
  await expect(page.getByTestId(`schedule-${name}`)).toContainText("cron 30 9 * * 1-5 (Asia/Shanghai)");
  const [saved] = await schedulesOf(request, scenarioId);
  expect(saved).toMatchObject({ name, cron: "30 9 * * 1-5", timezone: "Asia/Shanghai" });
  // Typed in the dialog, so scheduled runs carry that load rather than the scenario's 1 VU for 5 s.
  expect(saved!.loadOverride).toMatchObject({ mode: "concurrency", vus: 2, durationSeconds: 3 });
  expect((await request.delete(`/api/v1/schedules/${saved!.id}`)).status()).toBe(204);
});

test("Save and Start → Scheduled: the scenario is saved, then scheduled with its own load, and the schedule fires", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const name = `e2e save scheduled ${Date.now()}`;
  const scenarioId = await createScenario(request, `${name} draft`);

  await page.goto(`/scenarios/${scenarioId}/edit`);
  await page.getByLabel("Scenario name").fill(name);
  await page.getByRole("button", { name: "Save and Start" }).click();
  const dialog = page.getByRole("dialog", { name: "Save and start a run" });
  await dialog.getByRole("radio", { name: "Scheduled" }).check();
  await dialog.getByLabel("Schedule name").fill(name);
  await dialog.getByLabel("Repeat").selectOption("cron");
  await dialog.getByLabel("Cron expression").fill("*/10 * * * * *");
  await expect(dialog.getByTestId("schedule-preview").getByRole("listitem")).toHaveCount(5);
  const save = dialog.getByRole("button", { name: "Save schedule" });
  await expect(save).toBeDisabled();
  await dialog.getByLabel(COMPLIANCE_LABEL).check();
  await save.click();

  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenarioId}#schedules$`));
  // The editor's change was saved before the schedule was made.
  const scenario = await request.get(`/api/v1/scenarios/${scenarioId}`);
  expect((await scenario.json()).scenario.name).toBe(name);
  const [saved] = await schedulesOf(request, scenarioId);
  expect(saved).toMatchObject({ name, cron: "*/10 * * * * *", timezone: "UTC", loadOverride: null });

  // Its first fire (within 10 s) starts a scheduled run, linked from the schedule's fire history.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId(`fires-${name}`).getByRole("link").first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  expect((await request.delete(`/api/v1/schedules/${saved!.id}`)).status()).toBe(204);
  // The fire's row carries its run's status beside the link.
  await expect(page.getByTestId(`fires-${name}`).locator("tbody tr").first()).toContainText(
    /QUEUED|RUNNING|STOPPING|FINISHED/,
  );
  const runHref = await page.getByTestId(`fires-${name}`).getByRole("link").first().getAttribute("href");
  const run = await request.get(`/api/v1/runs/${runHref!.split("/").pop()}`);
  expect((await run.json()).run).toMatchObject({ trigger: "SCHEDULE", scenarioId });
});
