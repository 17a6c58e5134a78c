import { expect, test } from "@playwright/test";

/** Secrets through the real console: no answer about a scenario with secrets, or its run, holds their values. */
const target = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";
const SECRET_GLOBAL = `GlobalSecret${Date.now()}`;
const SECRET_HEADER = `HeaderSecret${Date.now()}`;
const MASK = "••••";

function expectNoSecret(what: string, body: string) {
  expect(body, `${what} holds the secret global`).not.toContain(SECRET_GLOBAL);
  expect(body, `${what} holds the secret header`).not.toContain(SECRET_HEADER);
}

test("secret values are write-only: every answer shows ••••, the editor keeps them, and runs use them", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const spec = {
    globals: [{ name: "apiSecret", value: SECRET_GLOBAL, secret: true }],
    flows: [
      {
        name: "main",
        steps: [
          {
            type: "http",
            name: "hello",
            url: `${target}/hello?sig=\${apiSecret}`,
            headers: [{ name: "X-Custom", value: SECRET_HEADER, secret: true }],
          },
        ],
      },
    ],
  };
  const created = await request.post("/api/v1/scenarios", { data: { name: `secrets ${Date.now()}`, spec } });
  expect(created.status()).toBe(201);
  const createdText = await created.text();
  expectNoSecret("POST /scenarios", createdText);
  const { scenario } = JSON.parse(createdText);
  expect(scenario.spec.globals[0].value).toBe(MASK);

  const answers: Record<string, string> = {};
  const get = async (what: string, url: string, headers?: Record<string, string>) => {
    const response = await request.get(url, { headers });
    expect(response.status(), what).toBe(200);
    answers[what] = await response.text();
    return answers[what]!;
  };
  await get("list", "/api/v1/scenarios");
  const shown = JSON.parse(await get("get", `/api/v1/scenarios/${scenario.id}`)).scenario;

  // Saving back what was shown keeps the stored secrets.
  const saved = await request.put(`/api/v1/scenarios/${scenario.id}`, { data: { name: shown.name, spec: shown.spec } });
  expect(saved.status()).toBe(200);
  answers.update = await saved.text();

  const started = await request.post(`/api/v1/scenarios/${scenario.id}/runs`, {
    data: { vus: 1, durationSeconds: 2, confirmCompliance: true },
  });
  expect(started.status()).toBe(201);
  const { run } = await started.json();
  await expect
    .poll(async () => JSON.parse(await get("run", `/api/v1/runs/${run.id}`)).run?.status ?? "", { timeout: 30_000 })
    .toBe("FINISHED");
  const samples = JSON.parse(await get("samples", `/api/v1/runs/${run.id}/samples`)).samples;
  expect(samples.length).toBeGreaterThan(0);
  expect(samples[0].request.url).toContain(`sig=${MASK}`);
  await get("runs", `/api/v1/runs`);
  await get("summary", `/api/v1/runs/${run.id}/summary`);

  const debug = await request.post("/api/v1/debug", { data: { spec: shown.spec, scenarioId: scenario.id } });
  expect(debug.status()).toBe(200);
  answers.debug = await debug.text();
  const debugged = JSON.parse(answers.debug);
  expect(debugged.outcome).toBe("passed"); // the saved secrets were sent: the demo target answered
  expect(debugged.steps[0].request.url).toContain(`sig=${MASK}`);

  const exported = JSON.parse(await get("export", `/api/v1/scenarios/${scenario.id}/export`));
  expect(exported.spec.globals[0].value).toBe(MASK);
  expect(exported.secrets).toContain("left out");
  const sealed = await get("sealed export", `/api/v1/scenarios/${scenario.id}/export`, {
    "x-stampede-passphrase": "correct horse",
  });
  expect(JSON.parse(sealed).spec.globals[0].value).toMatch(/^enc:p1:/);
  const wrong = await request.post("/api/v1/scenarios/import", { data: { ...JSON.parse(sealed), passphrase: "nope" } });
  expect(wrong.status()).toBe(400);
  expect(await wrong.text()).toContain("spec.globals.0.value: the passphrase does not open this secret");
  const imported = await request.post("/api/v1/scenarios/import", {
    data: { ...JSON.parse(sealed), passphrase: "correct horse" },
  });
  expect(imported.status()).toBe(201);
  answers.import = await imported.text();

  for (const [what, body] of Object.entries(answers)) expectNoSecret(what, body);

  // The editor shows a saved secret as •••• with its lock on, and the page carries no secret value.
  await page.goto(`/scenarios/${scenario.id}/edit`);
  const globals = page.getByTestId("global-params");
  await expect(globals.getByRole("button", { name: "Global 1 is secret" })).toHaveAttribute("aria-pressed", "true");
  await expect(globals.getByText(`${MASK} saved`)).toBeVisible();
  expectNoSecret("the editor page", await page.content());
});
