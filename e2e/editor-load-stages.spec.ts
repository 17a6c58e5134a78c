import { expect, test } from "@playwright/test";
import { snapshot, stepCard, tokenUrl, uniqueName } from "./editor-helpers";

test("a person builds load stages and an iteration cap, saves, and finds them again; API stages round-trip", async ({
  page,
  request,
}, testInfo) => {
  await page.goto("/scenarios/new");
  const name = uniqueName("Load stages");
  await page.getByLabel("Scenario name").fill(name);
  await stepCard(page, 0).getByLabel("API name").fill("Get token");
  await stepCard(page, 0).getByLabel("URL", { exact: true }).fill(tokenUrl);

  const load = page.getByTestId("load-settings");
  const rows = load.getByTestId("stage-row");
  await load.getByRole("radio", { name: /Concurrency/ }).check();
  await load.getByLabel("Max VUs").fill("6");
  await load.getByLabel("Duration", { exact: true }).fill("40");
  await load.getByLabel("Ramp-up type").selectOption("stages");
  // Stages to start from: up to Max VUs over 10 s, then hold to the end of the run.
  await expect(rows).toHaveCount(2);
  await expect(load.getByLabel("Stage 2 duration")).toHaveValue("30");

  // Without stages there is nothing to follow: the page says so at the list.
  await load.getByRole("button", { name: "Remove stage 2" }).click();
  await load.getByRole("button", { name: "Remove stage 1" }).click();
  await expect(load.getByTestId("stages-editor").getByTestId("field-issue")).toHaveText("add at least one stage");

  // Up to 6 over 10 s, hold 20 s, down to 0 over 10 s; then a 5 s stage added last and moved before it.
  const add = load.getByRole("button", { name: "+ Add stage" });
  await add.click();
  await expect(load.getByTestId("stages-editor").getByTestId("field-issue")).toHaveCount(0);
  await load.getByLabel("Stage 1 target VUs").fill("6");
  await add.click();
  await load.getByLabel("Stage 2 duration").fill("20");
  await add.click();
  await load.getByLabel("Stage 3 target VUs").fill("0");
  await add.click();
  await load.getByLabel("Stage 4 duration").fill("5");
  await load.getByLabel("Stage 4 target VUs").fill("3");
  await load.getByRole("button", { name: "Move stage 4 up" }).click();
  await expect(load.getByLabel("Stage 3 duration")).toHaveValue("5");
  await expect(load.getByLabel("Stage 3 target VUs")).toHaveValue("3");
  await expect(load.getByLabel("Stage 4 target VUs")).toHaveValue("0");
  await add.click();
  await load.getByRole("button", { name: "Remove stage 5" }).click();
  await expect(rows).toHaveCount(4);

  // Problems show at the field while typing, and keep the scenario from being saved.
  await load.getByLabel("Stage 3 target VUs").fill("9");
  await expect(rows.nth(2).getByTestId("field-issue")).toHaveText("at most 6 (Max VUs)");
  await load.getByLabel("Stage 2 duration").fill("0");
  await expect(rows.nth(1).getByTestId("field-issue")).toHaveText("a whole number of seconds, at least 1");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("issue-summary")).toContainText("Not saved: the load settings have problems");
  await expect(page.getByTestId("issue-summary")).toContainText("at most 6 (Max VUs)");
  expect(new URL(page.url()).pathname).toBe("/scenarios/new");
  await load.getByLabel("Stage 3 target VUs").fill("3");
  await load.getByLabel("Stage 2 duration").fill("20");
  await expect(load.getByTestId("field-issue")).toHaveCount(0);

  // 45 s of stages in a 40 s run: the run ends during stage 4, the chart draws the cut part apart.
  await expect(load.getByTestId("stages-fit")).toHaveText(
    "The stages last 45 s, but the run ends at 40 s, during stage 4: the last 5 s of stages never run.",
  );
  await expect(load.getByTestId("load-preview").locator(".recharts-area")).toHaveCount(2);
  await snapshot(page, testInfo.outputPath("load-stages-cut.png"), load);
  await load.getByRole("button", { name: "Set duration to 45 s" }).click();
  await expect(load.getByLabel("Duration", { exact: true })).toHaveValue("45");
  await expect(load.getByTestId("stages-fit")).toHaveText("The stages last 45 s, the whole run.");
  await expect(load.getByTestId("load-preview").locator(".recharts-area")).toHaveCount(1);

  await load.getByLabel("Stop after").fill("500");
  const summary =
    "Concurrency for 45 s in 4 stages from 0 VUs: to 6 VUs over 10 s, to 6 VUs over 20 s, to 3 VUs over 5 s, " +
    "to 0 VUs over 10 s; stops after 500 iterations if that comes first";
  await expect(page.getByTestId("load-summary")).toHaveText(summary);
  await snapshot(page, testInfo.outputPath("load-stages.png"), load);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/\/scenarios\/[^/]+\/edit$/);
  const id = page.url().split("/").at(-2)!;
  const saved = await (await request.get(`/api/v1/scenarios/${id}`)).json();
  expect(saved.scenario.load).toEqual({
    mode: "concurrency",
    vus: 6,
    durationSeconds: 45,
    rampUpSeconds: 0,
    stages: [
      { durationSeconds: 10, target: 6 },
      { durationSeconds: 20, target: 6 },
      { durationSeconds: 5, target: 3 },
      { durationSeconds: 10, target: 0 },
    ],
    iterations: 500,
  });

  // Opened again, the editor shows the stages and the cap as they were saved.
  await page.reload();
  await expect(load.getByLabel("Ramp-up type")).toHaveValue("stages");
  await expect(rows).toHaveCount(4);
  await expect(load.getByLabel("Stage 3 duration")).toHaveValue("5");
  await expect(load.getByLabel("Stage 3 target VUs")).toHaveValue("3");
  await expect(load.getByLabel("Stop after")).toHaveValue("500");
  await expect(page.getByTestId("load-summary")).toHaveText(summary);

  // The Start dialog starts the saved plan as it is, not a plain VU count that would drop the stages.
  await page.goto(`/scenarios/${id}`);
  await page.getByRole("button", { name: "Start", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Start a run" });
  await expect(dialog.getByTestId("start-load-plan")).toHaveText(summary);
  await expect(dialog.getByTestId("load-preview").locator(".recharts-area")).toHaveCount(1);
  await snapshot(page, testInfo.outputPath("start-dialog.png"), dialog);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // TPS stages made through the API, longer than the run and with a fractional rate: shown, and saved unchanged.
  const apiLoad = {
    mode: "rate",
    targetRate: 20,
    rampSeconds: 0,
    maxVus: 5,
    durationSeconds: 30,
    stages: [
      { durationSeconds: 5, target: 2.5 },
      { durationSeconds: 20, target: 8 },
      { durationSeconds: 10, target: 0 },
    ],
  };
  const created = await request.post("/api/v1/scenarios", {
    data: {
      name: uniqueName("API stages"),
      spec: { flows: [{ name: "main", steps: [{ type: "http", name: "token", url: tokenUrl }] }] },
      load: apiLoad,
    },
  });
  expect(created.status()).toBe(201);
  const apiScenario = (await created.json()).scenario;
  await page.goto(`/scenarios/${apiScenario.id}/edit`);
  await expect(load.getByRole("radio", { name: /TPS/ })).toBeChecked();
  await expect(load.getByLabel("Ramp type")).toHaveValue("stages");
  await expect(rows).toHaveCount(3);
  await expect(load.getByLabel("Stage 1 target rate")).toHaveValue("2.5");
  await expect(load.getByTestId("stages-fit")).toHaveText(
    "The stages last 35 s, but the run ends at 30 s, during stage 3: the last 5 s of stages never run.",
  );
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("toast")).toContainText("Saved");
  const resaved = await (await request.get(`/api/v1/scenarios/${apiScenario.id}`)).json();
  expect(resaved.scenario.load).toEqual(apiScenario.load);
  expect(resaved.scenario.load).toMatchObject(apiLoad);
});
