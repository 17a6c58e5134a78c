import { expect, test } from "@playwright/test";
import { stepCard, tokenUrl, uniqueName } from "./editor-helpers";

test("a person arranges operations and instructions, flows and the load model, and saves them", async ({
  page,
  request,
}) => {
  await page.goto("/scenarios/new");
  const name = uniqueName("Editor steps");
  await page.getByLabel("Scenario name").fill(name);
  await stepCard(page, 0).getByLabel("API name").fill("Get token");
  await stepCard(page, 0).getByLabel("URL", { exact: true }).fill(`${tokenUrl}&sign=\${sign}`);
  await expect(stepCard(page, 0).getByTestId("undefined-ref")).toHaveText("nothing defines ${sign}");

  // A data instruction defines `sign`; once it runs before the API, the reference is satisfied.
  await page.getByRole("button", { name: "+ Data instruction" }).click();
  await stepCard(page, 1).getByLabel("Assignment 1 name").fill("sign");
  await stepCard(page, 1).getByLabel("Assignment 1 value").fill("${__md5(${__timestamp()})}");
  await page.getByRole("button", { name: "Move set parameters up" }).click();
  await expect(stepCard(page, 0)).toContainText("set parameters");
  await expect(stepCard(page, 1).getByTestId("undefined-ref")).toHaveCount(0);

  await page.getByRole("button", { name: "+ Think time" }).click();
  await stepCard(page, 2).getByLabel("Distribution").selectOption("uniform");
  await expect(stepCard(page, 2)).toContainText("think 1000–2000 ms (uniform)");
  await page.getByRole("button", { name: "Duplicate think" }).click();
  await expect(stepCard(page, 3)).toContainText("think copy");
  await page.getByRole("checkbox", { name: "Enable think copy" }).uncheck();
  await expect(stepCard(page, 3)).toContainText("(disabled)");
  await page.getByRole("button", { name: "+ Rendezvous" }).click();
  await stepCard(page, 4).getByLabel("Release at").fill("5");
  await page.getByRole("button", { name: "Delete think copy" }).click();
  await expect(page.getByTestId("step-card")).toHaveCount(4);
  await page.getByRole("button", { name: "Collapse Get token" }).click();
  await expect(stepCard(page, 1).getByLabel("URL", { exact: true })).toHaveCount(0);

  // A second flow with weight 3: its tab says so.
  await page.getByRole("button", { name: "+ Add flow" }).click();
  await page.getByLabel("Weight").fill("3");
  await expect(page.getByRole("tab", { name: /Flow 2/ })).toContainText("×3");
  await stepCard(page, 0).getByLabel("URL", { exact: true }).fill(tokenUrl);

  // TPS with a ramp; the summary and chart follow the fields.
  const load = page.getByTestId("load-settings");
  await load.getByRole("radio", { name: /TPS/ }).check();
  await load.getByLabel("Start rate").fill("5");
  await load.getByLabel("Target rate").fill("50");
  await load.getByLabel("Ramp time").fill("10");
  await load.getByLabel("Max VUs").fill("20");
  await load.getByLabel("Duration").fill("30");
  await expect(page.getByTestId("load-summary")).toHaveText(
    "TPS mode: 50 iterations/s for 30 s, at most 20 VUs, ramping from 5/s over 10 s",
  );
  await expect(page.getByTestId("load-preview").locator(".recharts-area")).toHaveCount(1);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/\/scenarios\/[^/]+\/edit$/);
  const id = page.url().split("/").at(-2);
  const { scenario } = await (await request.get(`/api/v1/scenarios/${id}`)).json();
  expect(scenario.name).toBe(name);
  expect(scenario.load).toMatchObject({ mode: "rate", startRate: 5, targetRate: 50, rampSeconds: 10, maxVus: 20 });
  const [main, second] = scenario.spec.flows;
  expect(main.steps.map((s: { type: string }) => s.type)).toEqual(["data", "http", "think", "rendezvous"]);
  expect(main.steps[2]).toMatchObject({ distribution: "uniform", ms: 1000, maxMs: 2000 });
  expect(main.steps[3]).toMatchObject({ users: 5 });
  expect(second).toMatchObject({ name: "Flow 2", weight: 3 });
});
