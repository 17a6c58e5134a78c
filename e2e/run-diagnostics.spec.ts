import { expect, test } from "@playwright/test";

/** Diagnostics on the live run page: the token provider's panel, the generators and a sample's timing waterfall. */
const target = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";

test("run diagnostics: token panel, generators and a sample's waterfall while the run is RUNNING", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const spec = {
    tokenProvider: {
      request: {
        method: "POST",
        url: `${target}/api/token`,
        body: { type: "json", json: '{"appid":"wx-demo-app","secret":"demo-secret"}' },
      },
    },
    flows: [
      {
        name: "main",
        steps: [
          {
            type: "http",
            name: "activity",
            method: "POST",
            url: `${target}/api/activity`,
            body: { type: "json", json: '{"input_token":"${access_token}"}' },
          },
        ],
      },
    ],
  };
  const created = await request.post("/api/v1/scenarios", { data: { name: `diagnostics ${Date.now()}`, spec } });
  expect(created.status()).toBe(201);
  const { scenario } = await created.json();
  const started = await request.post(`/api/v1/scenarios/${scenario.id}/runs`, {
    data: { vus: 2, durationSeconds: 60, confirmCompliance: true },
  });
  expect(started.status()).toBe(201);
  const { run } = await started.json();

  try {
    await page.goto(`/runs/${run.id}`);
    const status = page.getByTestId("run-status");
    await expect(status).toHaveText("RUNNING", { timeout: 20_000 });

    // The token panel counts fetches as they happen; the token's value is never on the page.
    await expect
      .poll(async () => Number((await page.getByTestId("token-fetches").textContent()) ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect(page.getByTestId("token-age")).toHaveText(/\d+\.\d s/);
    await expect(page.getByTestId("generator-row").first()).toBeVisible({ timeout: 10_000 });

    // A sampled request opens to its waterfall, with the request and the parameters that fed it.
    // The live list puts newer samples on top as it refreshes: pin the one opened by its id, not its place.
    const newest = page.getByTestId("run-sample").filter({ hasText: "activity" }).first();
    await expect(newest).toBeVisible({ timeout: 15_000 });
    const sampleId = await newest.getAttribute("data-sample-id");
    const sample = page.locator(`[data-testid="run-sample"][data-sample-id="${sampleId}"]`);
    await sample.locator("summary").click();
    const waterfall = sample.getByTestId("sample-waterfall");
    await expect(waterfall).toBeVisible();
    await expect(waterfall.locator('[data-phase="wait"]')).toHaveCount(1);
    await expect(sample.getByTestId("sample-params")).toContainText("${access_token} = ");
    await expect(status).toHaveText("RUNNING");

    // Filters narrow the list; a bad one is refused with the field named.
    const filters = page.getByRole("form", { name: "Filter sampled requests" });
    await filters.getByLabel("Status").fill("404");
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByTestId("run-sample")).toHaveCount(0);
    const refused = await request.get(`/api/v1/runs/${run.id}/samples?minMs=fast`);
    expect(refused.status()).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("minMs");
    await filters.getByLabel("Status").fill("200");
    await filters.getByLabel("API").selectOption("activity");
    await filters.getByRole("button", { name: "Filter" }).click();
    const filtered = page.getByTestId("run-sample").first();
    const filteredId = await filtered.getAttribute("data-sample-id");
    const pinned = page.locator(`[data-testid="run-sample"][data-sample-id="${filteredId}"]`);
    await pinned.locator("summary").click();
    await expect(pinned.getByTestId("sample-waterfall")).toBeVisible();
    await expect(status).toHaveText("RUNNING");

    const shot = testInfo.outputPath("run-diagnostics.png");
    await page.screenshot({ path: shot, fullPage: true });
    await testInfo.attach("run diagnostics while RUNNING", { path: shot, contentType: "image/png" });
  } finally {
    await request.post(`/api/v1/runs/${run.id}/stop`, { data: {} });
  }
});
