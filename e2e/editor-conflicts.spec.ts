import { expect, test, type Page } from "@playwright/test";
import { snapshot, tokenUrl, uniqueName } from "./editor-helpers";
import { COMPLIANCE_LABEL, DEMO_SCENARIO, escapeRegExp } from "./helpers";

async function rename(page: Page, name: string) {
  await page.getByLabel("Scenario name").fill(name);
  await page.getByRole("button", { name: "Save", exact: true }).click();
}

test("two tabs on one scenario: the second save shows who changed it, then Reload or Overwrite", async ({
  page: first,
  context,
  request,
}) => {
  const name = uniqueName("Conflict");
  const spec = { flows: [{ name: "main", steps: [{ type: "http", name: "Get token", url: tokenUrl }] }] };
  const created = await request.post("/api/v1/scenarios", { data: { name, spec } });
  const { scenario } = await created.json();
  const second = await context.newPage();
  for (const tab of [first, second]) {
    await tab.goto(`/scenarios/${scenario.id}/edit`);
    await expect(tab.getByLabel("Scenario name")).toHaveValue(name);
  }

  await rename(first, `${name} by first`);
  await expect(first.getByTestId("toast")).toHaveText("Saved");

  // The second tab still holds version 1: its save is refused, saying who saved version 2 and when.
  await rename(second, `${name} by second`);
  const conflict = second.getByRole("dialog", { name: "This scenario was changed since you opened it" });
  await expect(conflict.getByTestId("conflict-who")).toHaveText(
    /saved a change at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(version 2\)\. Your changes are not saved\./,
  );
  const afterFirst = (await (await request.get(`/api/v1/scenarios/${scenario.id}`)).json()).scenario;
  expect(afterFirst.name).toBe(`${name} by first`);
  // Who: the first tab's saver as the server recorded them (the signed-in user's label).
  await expect(conflict.getByTestId("conflict-who")).toContainText(afterFirst.updatedBy ?? "Someone else");

  await snapshot(second, test.info().outputPath("conflict-dialog.png"), conflict);

  // Reload: the second tab's edit is discarded and the first tab's change is on the page, saved.
  await conflict.getByRole("button", { name: "Reload" }).click();
  await expect(conflict).toBeHidden();
  await expect(second.getByLabel("Scenario name")).toHaveValue(`${name} by first`);
  await expect(second.getByTestId("save-state")).toHaveText("All changes saved");

  // Now the second tab is current and saves; the first one, still on version 2, meets the conflict and overwrites.
  await rename(second, `${name} by second`);
  await expect(second.getByTestId("toast")).toHaveText("Saved");
  await rename(first, `${name} first again`);
  const firstConflict = first.getByRole("dialog", { name: "This scenario was changed since you opened it" });
  await expect(firstConflict.getByTestId("conflict-who")).toContainText("(version 3)");
  await firstConflict.getByRole("button", { name: "Overwrite" }).click();
  await expect(first.getByTestId("toast")).toHaveText("Saved over their change");
  const stored = (await (await request.get(`/api/v1/scenarios/${scenario.id}`)).json()).scenario;
  expect(stored).toMatchObject({ name: `${name} first again`, version: 4 });
});

test("the Start dialog on the scenario list needs the compliance confirmation, and the run records it", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("/scenarios");
  await page
    .getByRole("row", { name: new RegExp(escapeRegExp(DEMO_SCENARIO)) })
    .getByRole("button", { name: "Start" })
    .click();
  const dialog = page.getByRole("dialog", { name: "Start a run" });
  await dialog.getByLabel("Virtual users").fill("1");
  await dialog.getByLabel("Duration (s)").fill("2");
  const execute = dialog.getByRole("button", { name: "Execute Now" });
  await expect(execute).toBeDisabled();
  // Enter in a load field must not get round the checkbox either.
  await dialog.getByLabel("Duration (s)").press("Enter");
  await expect(page).toHaveURL(/\/scenarios/);

  await snapshot(page, test.info().outputPath("start-dialog.png"), dialog);
  await dialog.getByLabel(COMPLIANCE_LABEL).check();
  await expect(execute).toBeEnabled();
  await execute.click();
  await page.waitForURL(/\/runs\/[^/]+$/);
  await expect(page.getByTestId("run-started-by")).toHaveText(
    /^Started by .+ at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, compliance confirmed$/,
  );
});
