import { expect, test } from "@playwright/test";
import { snapshot, target, uniqueName } from "./editor-helpers";

test("a person gives a flow its own TPS rate and a funnel over its APIs, and the preview shows each rate", async ({
  page,
  request,
}, testInfo) => {
  const api = (name: string) => ({ type: "http", name, url: `${target}/hello?api=${name}` });
  const created = await request.post("/api/v1/scenarios", {
    data: {
      name: uniqueName("Funnel editor"),
      spec: { flows: [{ name: "shop", steps: [api("list"), api("detail"), api("cart")] }] },
    },
  });
  const id = (await created.json()).scenario.id;
  await page.goto(`/scenarios/${id}/edit`);

  const load = page.getByTestId("load-settings");
  await load.getByRole("radio", { name: /TPS/ }).check();
  await load.getByTestId("flow-rates-toggle").check();
  await load.getByLabel('Flow "shop"').fill("40");
  await expect(load.getByLabel("Target rate")).toHaveValue("40");
  await load.getByLabel("Funnel: a rate per API").check();
  await load.getByLabel("detail", { exact: true }).fill("20");
  // A funnel only narrows: an API above the one before it is named at its field while typing.
  await load.getByLabel("cart", { exact: true }).fill("30");
  await expect(load.getByTestId("field-issue")).toHaveText(
    'API "cart" at 30/s is above API "detail" at 20/s: a funnel only narrows',
  );
  await load.getByLabel("cart", { exact: true }).fill("5");
  await expect(load.getByTestId("field-issue")).toHaveCount(0);
  await expect(load.getByTestId("flow-rates-preview")).toHaveText("shop 40/s: list 40/s → detail 20/s → cart 5/s");
  await snapshot(page, testInfo.outputPath("load-flow-rates.png"), load);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect
    .poll(async () => (await (await request.get(`/api/v1/scenarios/${id}`)).json()).scenario.load?.flowRates)
    .toEqual([
      {
        flow: "shop",
        rate: 40,
        funnel: [
          { step: "detail", rate: 20 },
          { step: "cart", rate: 5 },
        ],
      },
    ]);
  await page.reload();
  await expect(load.getByTestId("flow-rates-preview")).toHaveText("shop 40/s: list 40/s → detail 20/s → cart 5/s");
});
