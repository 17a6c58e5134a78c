import { expect, test } from "@playwright/test";
import { stepCard, tokenUrl, uniqueName } from "./editor-helpers";

const spec = (expression: string) => ({
  flows: [
    {
      name: "main",
      steps: [
        {
          type: "http",
          name: "Get token",
          url: tokenUrl,
          outputs: [{ name: "access_token", source: "body-json", expression }],
        },
      ],
    },
  ],
});

test("an invalid JSONPath is refused at its field on save, and the stored scenario stays as it was", async ({
  page,
  request,
}) => {
  const created = await request.post("/api/v1/scenarios", {
    data: { name: uniqueName("Editor JSONPath"), spec: spec("access_token") },
  });
  expect(created.status()).toBe(201);
  const { scenario } = await created.json();

  await page.goto(`/scenarios/${scenario.id}/edit`);
  await expect(page.getByTestId("save-state")).toHaveText("All changes saved");
  const card = stepCard(page, 0);
  await card.getByRole("tab", { name: /Output Parameter Definition/ }).click();
  const expression = card.getByLabel("Output 1 parsing expression");
  await expression.fill("$..[?(@.x");
  await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  // The message sits under the field that caused it, and the summary at the top names it too.
  await expect(expression).toHaveAttribute("aria-invalid", "true");
  await expect(card.getByTestId("field-issue")).toContainText('invalid JSONPath "$..[?(@.x"');
  await expect(page.getByTestId("issue-summary")).toContainText("flow 1 › step 1 › outputs 1 › expression");
  await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");

  // Reloading warns about the unsaved edit; once past it, the stored scenario is the one from before.
  let warned = "";
  page.once("dialog", (dialog) => {
    warned = dialog.type();
    void dialog.accept();
  });
  await page.reload();
  expect(warned).toBe("beforeunload");
  await stepCard(page, 0)
    .getByRole("tab", { name: /Output Parameter Definition/ })
    .click();
  await expect(stepCard(page, 0).getByLabel("Output 1 parsing expression")).toHaveValue("access_token");
  const stored = (await (await request.get(`/api/v1/scenarios/${scenario.id}`)).json()).scenario;
  expect(stored.version).toBe(scenario.version);
  expect(stored.spec.flows[0].steps[0].outputs[0].expression).toBe("access_token");
});

test("leaving the editor with unsaved changes asks first; a server refusal of the URL is marked at the URL", async ({
  page,
  request,
}) => {
  const created = await request.post("/api/v1/scenarios", {
    data: { name: uniqueName("Editor leave"), spec: spec("access_token") },
  });
  const { scenario } = await created.json();
  await page.goto(`/scenarios/${scenario.id}/edit`);

  const url = stepCard(page, 0).getByLabel("URL", { exact: true });
  await url.fill("api/activity");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(stepCard(page, 0).getByTestId("field-issue")).toContainText('not an absolute URL: "api/activity"');

  page.once("dialog", (dialog) => {
    expect(dialog.type()).toBe("confirm");
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Scenarios" }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}/edit$`));

  await url.fill(tokenUrl);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("save-state")).toHaveText("All changes saved");
  await expect(page.getByTestId("issue-summary")).toHaveCount(0);
  // Nothing unsaved: the link goes without a question.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Scenarios" }).click();
  await page.waitForURL(/\/scenarios$/);
});

test("Back with unsaved changes asks first: staying keeps the edit, leaving goes back", async ({ page, request }) => {
  const created = await request.post("/api/v1/scenarios", {
    data: { name: uniqueName("Editor back"), spec: spec("access_token") },
  });
  const { scenario } = await created.json();
  await page.goto(`/scenarios/${scenario.id}`);
  await page.goto(`/scenarios/${scenario.id}/edit`);
  const url = stepCard(page, 0).getByLabel("URL", { exact: true });
  await url.fill(`${tokenUrl}&edited=1`);

  const answer = (accept: boolean) =>
    new Promise<void>((resolve) =>
      page.once("dialog", (dialog) => {
        expect(dialog.type()).toBe("confirm");
        void (accept ? dialog.accept() : dialog.dismiss()).then(resolve);
      }),
    );
  let asked = answer(false);
  await page.evaluate(() => history.back());
  await asked;
  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}/edit$`));
  await expect(url).toHaveValue(`${tokenUrl}&edited=1`);

  asked = answer(true);
  await page.evaluate(() => history.back());
  await asked;
  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}$`));
});
