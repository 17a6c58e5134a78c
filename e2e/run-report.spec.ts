import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { COMPLIANCE_LABEL, startDemoRun } from "./helpers";

/** Downloads one export from the report's buttons; returns the file's path. */
async function download(page: Page, format: "json" | "csv" | "html", outputDir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`export-${format}`).click()]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`^stampede-run-.+\\.${format}$`));
  const target = path.join(outputDir, `report-export.${format}`);
  await file.saveAs(target);
  return target;
}

async function waitForReport(page: Page) {
  await expect(page.getByTestId("run-status")).toHaveText("FINISHED", { timeout: 40_000 });
  await expect(page.getByTestId("run-report")).toBeVisible({ timeout: 20_000 });
}

const toNumber = (text: string | null) => Number((text ?? "").replace(/,/g, ""));

test("a person reads a run's report, exports it, compares, marks a baseline, runs again, renames and deletes", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const outputDir = testInfo.project.outputDir;
  const first = await startDemoRun(page, { vus: 3, durationSeconds: 3 });
  await waitForReport(page);
  const requests = await page.getByTestId("report-requests").textContent();
  expect(toNumber(requests)).toBeGreaterThan(0);
  await expect(page.getByTestId("report-phases")).toBeVisible();

  // Rename, with notes.
  const name = `report e2e ${Date.now()}`;
  await page.getByRole("button", { name: "Rename / notes" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Notes").fill("before the change");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("run-name")).toHaveText(name);

  // Mark as baseline.
  await page.getByRole("button", { name: "Mark as baseline" }).click();
  await expect(page.getByTestId("baseline-badge")).toBeVisible();

  // The three exports, with the page's numbers.
  const json = JSON.parse(readFileSync(await download(page, "json", outputDir), "utf8")) as {
    metrics: { http_reqs: { count: number } };
    name: string;
  };
  expect(json.metrics.http_reqs.count).toBe(toNumber(requests));
  expect(json.name).toBe(name);
  const csv = readFileSync(await download(page, "csv", outputDir), "utf8")
    .trim()
    .split("\n");
  expect(csv[0]).toMatch(/^second,step,requests,failures,p50_ms/);
  expect(csv.slice(1).reduce((n, line) => n + Number(line.split(",")[2]), 0)).toBe(toNumber(requests));
  const htmlPath = await download(page, "html", outputDir);

  // The HTML opens offline from a file, with its charts and the same figures as the page.
  const offline = await browser.newContext({ offline: true });
  await offline.route(/^(?!file:)/, (route) => route.abort());
  const reportPage = await offline.newPage();
  const external: string[] = [];
  reportPage.on("request", (r) => !r.url().startsWith("file:") && external.push(r.url()));
  await reportPage.goto(pathToFileURL(htmlPath).href);
  for (const id of ["report-requests", "report-p95", "report-avg-tps", "report-success-rate"]) {
    await expect(reportPage.getByTestId(id)).toHaveText((await page.getByTestId(id).textContent())!);
  }
  await expect(reportPage.locator("svg").first()).toBeVisible();
  expect(external).toEqual([]);
  await reportPage.screenshot({ path: path.join(outputDir, "report-html-offline.png"), fullPage: true });
  await offline.close();
  await page.screenshot({ path: path.join(outputDir, "run-report.png"), fullPage: true });

  // Run again: the same load through the Start dialog, compliance confirmed again.
  await page.getByRole("button", { name: "Run again" }).click();
  const dialog = page.getByRole("dialog", { name: "Run again" });
  await expect(dialog.getByTestId("run-again-load")).toContainText("3");
  await dialog.getByLabel(COMPLIANCE_LABEL).check();
  await dialog.getByRole("button", { name: "Execute Now" }).click();
  await page.waitForURL((url) => /\/runs\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(first));
  const second = page.url().split("/").pop()!;
  await waitForReport(page);

  // Compare with the baseline: deltas against it.
  await page.getByRole("link", { name: "Compare with baseline" }).click();
  await page.waitForURL(/\/runs\/compare\?ids=/);
  const rows = page.getByTestId("compare-rows");
  await expect(rows.getByRole("row")).toHaveCount(3); // all APIs, token, activity
  await expect(rows).toContainText(/TPS [\d.,]+\s*[+−±][\d.,]+%/);
  await expect(page.getByRole("columnheader", { name: new RegExp(name) })).toContainText("baseline");
  await page.screenshot({ path: path.join(outputDir, "run-compare.png"), fullPage: true });

  // From the run list: tick both, Compare; then delete the second run after a confirmation.
  await page.goto("/runs");
  await page.getByTestId(`run-row-${first}`).getByRole("checkbox").check();
  await page.getByTestId(`run-row-${second}`).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Compare (2)" }).click();
  await page.waitForURL(new RegExp(`/runs/compare\\?ids=${first},${second}`));
  await expect(page.getByTestId("compare-rows")).toBeVisible();

  await page.goto("/runs?status=FINISHED");
  const row = page.getByTestId(`run-row-${second}`);
  await row.getByRole("button", { name: /^Delete run/ }).click();
  const confirm = page.getByRole("dialog", { name: "Delete run?" });
  await confirm.getByRole("button", { name: "Delete run" }).click();
  await expect(row).toHaveCount(0);
  const gone = await page.request.get(`/api/v1/runs/${second}`);
  expect(gone.status()).toBe(404);
});

test("the report, run and compare APIs refuse bad input with a 4xx naming the field", async ({ request }) => {
  const issues = async (response: Awaited<ReturnType<typeof request.get>>, status: number) => {
    expect(response.status()).toBe(status);
    return ((await response.json()) as { issues?: string[]; error: string }).issues ?? [];
  };
  const { runs } = (await (await request.get("/api/v1/runs?status=FINISHED")).json()) as { runs: { id: string }[] };
  expect(await issues(await request.get("/api/v1/runs?status=DONE"), 400)).toEqual([
    expect.stringMatching(/^status: /),
  ]);
  expect(await issues(await request.get("/api/v1/runs?from=yesterday"), 400)).toEqual([
    expect.stringMatching(/^from: /),
  ]);
  expect(await issues(await request.get(`/api/v1/runs/compare?ids=${runs[0]?.id ?? "x"}`), 400)).toEqual([
    expect.stringMatching(/^ids: compare at least 2 runs/),
  ]);
  expect(await issues(await request.get("/api/v1/runs/compare?ids=a,b,c,d,e,f"), 400)).toEqual([
    expect.stringMatching(/^ids: compare at most 5 runs/),
  ]);
  expect((await request.get("/api/v1/runs/compare?ids=nope1,nope2")).status()).toBe(404);
  expect((await request.get("/api/v1/runs/nope/export?format=json")).status()).toBe(404);
  if (runs[0]) {
    expect(await issues(await request.get(`/api/v1/runs/${runs[0].id}/export?format=pdf`), 400)).toEqual([
      expect.stringMatching(/^format: /),
    ]);
    expect(await issues(await request.patch(`/api/v1/runs/${runs[0].id}`, { data: { name: 5 } }), 400)).toEqual([
      expect.stringMatching(/^name: /),
    ]);
    expect(await issues(await request.patch(`/api/v1/runs/${runs[0].id}`, { data: {} }), 400)).toHaveLength(1);
  }
  const me = (await (await request.get("/api/v1/me")).json()) as { currentProjectId: string };
  const tolerances = `/api/v1/projects/${me.currentProjectId}/compare-tolerances`;
  expect(await issues(await request.put(tolerances, { data: { p95Pct: -1 } }), 400)).toEqual([
    expect.stringMatching(/^p95Pct: /),
  ]);
  expect(await issues(await request.put(tolerances, { data: { p95: 5 } }), 400)).toEqual([
    expect.stringMatching(/p95/),
  ]);
  expect((await (await request.get(tolerances)).json()) as unknown).toMatchObject({ p95Pct: expect.any(Number) });
});
