import { expect, test } from "@playwright/test";

/** The REST API a script or CI job drives, against the real console, Postgres, Redis and worker. */
const target = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";

const helloScenario = (url: string) => ({
  name: `api hello ${Date.now()}`,
  spec: { flows: [{ name: "main", steps: [{ type: "http", name: "hello", url }] }] },
});

test("creates a scenario, runs it to FINISHED, and reports per-second metrics", async ({ request }) => {
  test.setTimeout(60_000);
  const created = await request.post("/api/v1/scenarios", { data: helloScenario(`${target}/hello`) });
  expect(created.status()).toBe(201);
  const scenario = await created.json();
  const id = scenario.id ?? scenario.scenario?.id;
  expect((await request.get(`/api/v1/scenarios/${id}`)).status()).toBe(200);

  // Every start confirms compliance; one without is refused naming the field, and starts nothing.
  const unconfirmed = await request.post(`/api/v1/scenarios/${id}/runs`, { data: { vus: 2, durationSeconds: 3 } });
  expect(unconfirmed.status()).toBe(400);
  expect((await unconfirmed.json()).issues.join("\n")).toMatch(/^confirmCompliance: must be true/);
  const start = { confirmCompliance: true, vus: 2, durationSeconds: 3 };
  const started = await request.post(`/api/v1/scenarios/${id}/runs`, { data: start });
  expect(started.status()).toBe(201);
  const { run } = await started.json();
  expect(run.status).toBe("QUEUED");
  expect(run.complianceConfirmedAt).toEqual(expect.any(String));
  expect(run.startedBy).toEqual(expect.any(String));
  // No summary until the run ends: a conflict that says so, not an empty document.
  const early = await request.get(`/api/v1/runs/${run.id}/summary`);
  expect(early.status()).toBe(409);
  expect((await early.json()).error).toContain("no summary yet");

  await expect
    .poll(async () => (await (await request.get(`/api/v1/runs/${run.id}`)).json()).run?.status ?? "", {
      timeout: 30_000,
    })
    .toBe("FINISHED");
  const metrics = await (await request.get(`/api/v1/runs/${run.id}/metrics`)).json();
  const perSecond = metrics.points.reduce((n: number, p: { requests: number }) => n + p.requests, 0);
  const detail = await (await request.get(`/api/v1/runs/${run.id}`)).json();
  expect(perSecond).toBeGreaterThan(0);
  expect(perSecond).toBe(detail.run.summary.requests);

  // The summary document speaks k6's names, for scripts written for k6.
  const summary = await (await request.get(`/api/v1/runs/${run.id}/summary`)).json();
  expect(summary.metrics.http_reqs.count).toBe(perSecond);
  expect(summary.steps.hello.http_reqs.count).toBe(perSecond);
  expect(summary.metrics.http_req_duration.p95).toBeGreaterThan(0);
  expect(summary.metrics.vus_max.value).toBe(2);
  expect(summary.metrics.vus.max).toBe(2);
  const download = await request.get(`/api/v1/runs/${run.id}/summary?download=1`);
  expect(download.headers()["content-disposition"]).toContain(`stampede-run-${run.id}-summary.json`);
});

test("refuses a malformed scenario with the field path in the message", async ({ request }) => {
  const bad = await request.post("/api/v1/scenarios", {
    data: { name: "bad", spec: { flows: [{ name: "main", steps: [{ type: "http", name: "x", url: "api/x" }] }] } },
  });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.issues.join("\n")).toContain("spec.flows.0.steps.0.url");

  const notJson = await request.post("/api/v1/scenarios", {
    data: "{not json",
    headers: { "content-type": "application/json" },
  });
  expect(notJson.status()).toBe(400);

  const noSteps = await request.post("/api/v1/scenarios", { data: { name: "empty", spec: { flows: [] } } });
  expect(noSteps.status()).toBe(400);
  expect((await noSteps.json()).issues.join("\n")).toMatch(/spec\.flows/);
});

test("answers 404 for unknown scenarios and runs, and 400 for bad load settings", async ({ request }) => {
  expect((await request.get("/api/v1/scenarios/nope")).status()).toBe(404);
  expect(
    (
      await request.post("/api/v1/scenarios/nope/runs", {
        data: { confirmCompliance: true, vus: 1, durationSeconds: 1 },
      })
    ).status(),
  ).toBe(404);
  expect((await request.get("/api/v1/runs/nope")).status()).toBe(404);
  expect((await request.get("/api/v1/runs/nope/metrics")).status()).toBe(404);
  expect((await request.get("/api/v1/runs/nope/summary")).status()).toBe(404);
  expect((await request.post("/api/v1/runs/nope/stop")).status()).toBe(404);

  const created = await (await request.post("/api/v1/scenarios", { data: helloScenario(`${target}/hello`) })).json();
  const id = created.id ?? created.scenario?.id;
  const bad = await request.post(`/api/v1/scenarios/${id}/runs`, {
    data: { confirmCompliance: true, vus: 0, durationSeconds: 5 },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues.join("\n")).toContain("vus");
});

test("a save based on an old version gets 409 saying who saved since; without a version the last write wins", async ({
  request,
}) => {
  const created = await (await request.post("/api/v1/scenarios", { data: helloScenario(`${target}/hello`) })).json();
  const { id, version, spec } = created.scenario;
  const read = await request.get(`/api/v1/scenarios/${id}`);
  expect(read.headers()["etag"]).toBe(`"${version}"`);

  const first = await request.put(`/api/v1/scenarios/${id}`, {
    data: { name: "first", spec, expectedVersion: version },
  });
  expect(first.status()).toBe(200);
  const saved = (await first.json()).scenario;
  expect(first.headers()["etag"]).toBe(`"${version + 1}"`);

  const stale = await request.put(`/api/v1/scenarios/${id}`, {
    data: { name: "second", spec },
    headers: { "if-match": `"${version}"` },
  });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toEqual({
    error: expect.stringContaining(
      `since you loaded it (you had version ${version}, it is now version ${version + 1})`,
    ),
    currentVersion: version + 1,
    updatedBy: saved.updatedBy,
    updatedAt: saved.updatedAt,
  });
  const bad = await request.put(`/api/v1/scenarios/${id}`, { data: { name: "x", spec, expectedVersion: "1" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0]).toMatch(/^expectedVersion: /);

  const blind = await request.put(`/api/v1/scenarios/${id}`, { data: { name: "blind", spec } });
  expect(blind.status()).toBe(200);
  expect((await blind.json()).scenario).toMatchObject({ name: "blind", version: version + 2 });
});
