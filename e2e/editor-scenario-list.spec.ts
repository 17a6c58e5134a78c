import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { tokenUrl, uniqueName } from "./editor-helpers";

test("the scenarios list: search, duplicate, export, import, and delete after confirming", async ({
  page,
  request,
}) => {
  const name = uniqueName("List actions");
  const spec = { flows: [{ name: "main", steps: [{ type: "http", name: "Get token", url: tokenUrl }] }] };
  expect((await request.post("/api/v1/scenarios", { data: { name, spec } })).status()).toBe(201);

  await page.goto("/scenarios");
  await page.getByLabel("Search scenarios").fill(name);
  await page.getByLabel("Search scenarios").press("Enter");
  await page.waitForURL(/search=/);
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await page.getByRole("button", { name: `Duplicate ${name}`, exact: true }).click();
  const copyName = `${name} (copy)`;
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: copyName })).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: `Export ${name}`, exact: true }).click();
  const exported = JSON.parse(await readFile((await (await downloading).path())!, "utf8"));
  expect(exported).toMatchObject({ stampede: 1, name, spec: { flows: [{ name: "main" }] } });

  // Delete asks first; Cancel keeps the scenario.
  const deleteCopy = page.getByRole("button", { name: `Delete ${copyName}`, exact: true });
  await deleteCopy.click();
  const dialog = page.getByRole("dialog", { name: "Delete scenario?" });
  await expect(dialog).toContainText(copyName);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(rows).toHaveCount(2);
  await deleteCopy.click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(rows).toHaveCount(1);

  // Import the exported file under a new name; the editor opens on the new scenario.
  const importedName = `${name} imported`;
  await page.getByTestId("import-file-input").setInputFiles({
    name: "scenario.stampede.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...exported, name: importedName })),
  });
  await page.waitForURL(/\/scenarios\/[^/]+\/edit$/);
  await expect(page.getByLabel("Scenario name")).toHaveValue(importedName);

  // A file that is not an export is refused with the server's reasons.
  await page.goto("/scenarios");
  await page.getByTestId("import-file-input").setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ stampede: 1, name: "x", spec: { flows: [] } })),
  });
  await expect(page.getByRole("dialog", { name: "Import refused" })).toContainText("spec.flows");

  // Edit from the list opens the editor.
  await page.goto(`/scenarios?search=${encodeURIComponent(name)}`);
  await rows
    .filter({ hasText: importedName })
    .getByRole("link", { name: `Edit ${importedName}` })
    .click();
  await expect(page.getByLabel("Scenario name")).toHaveValue(importedName);
});
