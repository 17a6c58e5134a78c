import { expect, test } from "@playwright/test";

/** The automation API document and its docs page answer without credentials, as /health does. */
test.use({ storageState: { cookies: [], origins: [] } });

test("automation API document and docs page are public", async ({ page, request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths["/api/v1/scenarios/{id}/runs"] ?? {})).toContain("post");

  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { name: "Stampede automation API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Runs", exact: true })).toBeVisible();
  const speed = page.getByTestId("api-operation").filter({ hasText: "/api/v1/runs/{id}/speed" });
  await speed.getByText("Request body (application/json)").click();
  await expect(speed.locator("pre")).toContainText('"vus"');
});
