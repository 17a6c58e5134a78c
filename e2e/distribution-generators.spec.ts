import { expect, test } from "@playwright/test";
import { snapshot, stepCard, tokenUrl, uniqueName } from "./editor-helpers";

test("a person splits the load 60/40 over two regions and saves it; the Generators page lists the stack's worker as up", async ({
  page,
  request,
}, testInfo) => {
  await page.goto("/scenarios/new");
  await page.getByLabel("Scenario name").fill(uniqueName("Distribution"));
  await stepCard(page, 0).getByLabel("API name").fill("Get token");
  await stepCard(page, 0).getByLabel("URL", { exact: true }).fill(tokenUrl);

  const load = page.getByTestId("load-settings");
  await load.getByRole("radio", { name: /Concurrency/ }).check();
  await load.getByLabel("Max VUs").fill("10");
  await load.getByLabel("Duration", { exact: true }).fill("30");

  const distribution = load.getByTestId("distribution");
  const regions = distribution.getByTestId("regions-editor");
  await expect(regions).toContainText("Any region");
  const add = distribution.getByRole("button", { name: "+ Add region" });
  await add.click();
  await distribution.getByLabel("Region 1 label").fill("eu");
  await add.click();
  // The second row gets what is left of 100%: nothing, which is not a share.
  await expect(distribution.getByLabel("Region 2 percent")).toHaveValue("0");
  await expect(regions.getByTestId("region-row").nth(1).getByTestId("field-issue")).toHaveText(
    "a whole percent from 1 to 100",
  );
  // A label another row has is refused at the row (typing never merges two rows).
  await distribution.getByLabel("Region 2 label").fill("eu");
  await expect(regions.getByTestId("region-row").nth(1)).toContainText("eu is listed already");
  await distribution.getByLabel("Region 2 label").fill("us");
  await distribution.getByLabel("Region 1 percent").fill("60");
  await expect(regions.getByTestId("regions-total")).toHaveText("60% of 100%");
  await expect(regions.getByTestId("field-issue")).toContainText([
    "region percents must add up to 100 (they add up to 60)",
  ]);
  await distribution.getByLabel("Region 2 percent").fill("40");
  await expect(regions.getByTestId("regions-total")).toHaveText("100% of 100%");
  await expect(regions.getByTestId("field-issue")).toHaveCount(0);

  // Fewer generators than regions cannot be placed: the page says so at the field and will not save.
  await distribution.getByLabel("Generators", { exact: true }).fill("1");
  await expect(distribution.getByTestId("field-issue")).toHaveText(
    "at least one generator per region: 2 regions need 2 or more",
  );
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("issue-summary")).toContainText("Not saved: the load settings have problems");
  await distribution.getByLabel("Generators", { exact: true }).fill("2");
  await distribution.getByLabel("When generators are busy").selectOption("fail");
  await expect(distribution.getByLabel("Wait at most")).toHaveCount(0);
  await distribution.getByLabel("When generators are busy").selectOption("wait");
  await distribution.getByLabel("Wait at most").fill("120");
  await distribution.getByLabel("When a generator is lost").selectOption("continue");
  await expect(load.getByTestId("field-issue")).toHaveCount(0);
  const summary =
    "Concurrency: 10 VUs for 30 s, all at once. 60% in eu, 40% in us; over 2 generators; " +
    "waits up to 120 s for free generators; a lost generator's shard is left out";
  await expect(page.getByTestId("load-summary")).toHaveText(summary);
  await snapshot(page, testInfo.outputPath("distribution.png"), load);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/\/scenarios\/[^/]+\/edit$/);
  const id = page.url().split("/").at(-2)!;
  const saved = await (await request.get(`/api/v1/scenarios/${id}`)).json();
  expect(saved.scenario.load).toEqual({
    mode: "concurrency",
    vus: 10,
    durationSeconds: 30,
    rampUpSeconds: 0,
    regions: { eu: 60, us: 40 },
    generators: 2,
    whenBusy: "wait",
    waitTimeoutSeconds: 120,
    onGeneratorLost: "continue",
  });

  // Opened again, the section shows what was saved; the Start dialog starts it as saved.
  await page.reload();
  await expect(distribution.getByLabel("Region 1 label")).toHaveValue("eu");
  await expect(distribution.getByLabel("Region 2 percent")).toHaveValue("40");
  await expect(distribution.getByLabel("When a generator is lost")).toHaveValue("continue");
  await page.goto(`/scenarios/${id}`);
  await page.getByRole("button", { name: "Start", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Start a run" });
  await expect(dialog.getByTestId("start-load-plan")).toHaveText(summary);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // The test stack's worker generates load: it heartbeats, so the Generators page lists it as up.
  await page.getByRole("link", { name: "Generators" }).click();
  await expect(page).toHaveURL(/\/generators$/);
  const row = page.getByTestId("generator-row").filter({ hasText: "local" }).first();
  await expect(row.getByTestId("generator-state")).toHaveText(/^up \(beat [\d.]+ s ago\)$/);
  await expect(row).toContainText("1,000 VUs · 5,000/s");
  await snapshot(page, testInfo.outputPath("generators.png"), page.locator("main"));
  const listed = await (await request.get("/api/v1/generators")).json();
  expect(listed.generators).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ region: "local", alive: true, capacity: { maxVus: 1000, maxRate: 5000 } }),
    ]),
  );
});
