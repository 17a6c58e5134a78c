import { expect, test } from "@playwright/test";

/** Per-flow rates, funnels and per-flow speed changes through the REST API, against the real stack. */
const target = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";

const api = (name: string) => ({ type: "http", name, url: `${target}/hello?api=${name}` });
const twoFlows = (name: string) => ({
  name: `${name} ${Date.now()}`,
  spec: {
    flows: [
      { name: "browse", steps: [api("list"), api("detail")] },
      { name: "buy", steps: [api("pay")] },
    ],
  },
});
const rateLoad = (flowRates: unknown[]) => ({ mode: "rate", targetRate: 6, maxVus: 5, durationSeconds: 30, flowRates });

test("per-flow rates: a widening funnel or an unknown flow is a 400 naming it; a flow's speed changes alone", async ({
  request,
}) => {
  test.setTimeout(60_000);
  const widening = await request.post("/api/v1/scenarios", {
    data: {
      ...twoFlows("api funnel widening"),
      load: rateLoad([
        { flow: "browse", rate: 4, funnel: [{ step: "detail", rate: 5 }] },
        { flow: "buy", rate: 2 },
      ]),
    },
  });
  expect(widening.status()).toBe(400);
  expect((await widening.json()).issues.join("\n")).toContain(
    'load.flowRates.0.funnel.0.rate: API "detail" at 5/s is above flow "browse" at 4/s',
  );

  const created = await request.post("/api/v1/scenarios", {
    data: {
      ...twoFlows("api funnel"),
      load: rateLoad([
        { flow: "browse", rate: 4, funnel: [{ step: "detail", rate: 2 }] },
        { flow: "buy", rate: 2 },
      ]),
    },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).scenario.id;

  const unknown = await request.post(`/api/v1/scenarios/${id}/runs`, {
    data: { confirmCompliance: true, ...rateLoad([{ flow: "nope", rate: 6 }]) },
  });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).issues.join("\n")).toContain('flowRates.0.flow: the scenario has no flow "nope"');

  const started = await request.post(`/api/v1/scenarios/${id}/runs`, { data: { confirmCompliance: true } });
  expect(started.status()).toBe(201);
  const runId = (await started.json()).run.id;
  await expect
    .poll(async () => (await (await request.get(`/api/v1/runs/${runId}`)).json()).run.status, { timeout: 20_000 })
    .toBe("RUNNING");

  const noFlow = await request.post(`/api/v1/runs/${runId}/speed`, { data: { rate: 1, flow: "nope" } });
  expect(noFlow.status()).toBe(400);
  expect((await noFlow.json()).issues.join("\n")).toContain('flow: this run has no flow "nope"');
  const buy = await request.post(`/api/v1/runs/${runId}/speed`, { data: { rate: 1, flow: "buy" } });
  expect(buy.status()).toBe(202);
  const events = (await (await request.get(`/api/v1/runs/${runId}`)).json()).events;
  expect(events.map((e: { message: string }) => e.message)).toContainEqual(
    expect.stringMatching(/^speed changed to 1 iterations\/s for flow "buy" by /),
  );
  expect((await request.post(`/api/v1/runs/${runId}/stop`)).status()).toBeLessThan(300);
});
