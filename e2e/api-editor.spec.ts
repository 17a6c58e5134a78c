import { expect, type APIRequestContext, test } from "@playwright/test";
import { DEMO_SCENARIO } from "./helpers";

/** The scenario editor's API: the debugger, data files, validation on save, duplicate, export and import. */
const target = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";

const tokenSpec = (expression = "access_token") => ({
  dataSources: [{ name: "token.csv" }],
  flows: [
    {
      name: "main",
      steps: [
        {
          type: "http",
          name: "token",
          url: `${target}/cgi-bin/token?grant_type=client_credential&appid=wx-demo-app&secret=demo-secret`,
          outputs: [{ name: "access_token", source: "body-json", expression }],
        },
      ],
    },
  ],
});

async function createScenario(request: APIRequestContext, name: string) {
  const created = await request.post("/api/v1/scenarios", {
    data: { name, spec: tokenSpec(), load: { vus: 2, durationSeconds: 5 } },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).scenario as { id: string; name: string; version: number; spec: unknown };
}

const upload = (request: APIRequestContext, id: string, name: string, csv: string) =>
  request.put(`/api/v1/scenarios/${id}/data-sources/${encodeURIComponent(name)}?firstLineIsHeader=true`, {
    data: Buffer.from(csv),
    headers: { "content-type": "text/csv" },
  });

test("debugs the demo token flow: the token flows into the second request's body", async ({ request }) => {
  const list = await (await request.get(`/api/v1/scenarios?search=${encodeURIComponent(DEMO_SCENARIO)}`)).json();
  const demo = list.scenarios.find((s: { name: string }) => s.name === DEMO_SCENARIO);
  const res = await request.post("/api/v1/debug", { data: { spec: demo.spec, scenarioId: demo.id } });
  expect(res.status()).toBe(200);
  const result = await res.json();
  expect(result.outcome).toBe("passed");
  const [token, join] = result.steps;
  const accessToken = token.outputs[0].value;
  expect(token.outputs[0].name).toBe("access_token");
  expect(accessToken).toMatch(/\S{8,}/);
  expect(token.request.url).toContain("appid=wx-demo-app");
  expect(join.params.access_token).toBe(accessToken);
  expect(join.request.body).toContain(`"input_token":"${accessToken}"`);
  expect(join.response.status).toBe(200);
  expect(JSON.parse(join.response.body).errcode).toBe(0);

  const bad = await request.post("/api/v1/debug", { data: { spec: tokenSpec("$.x["), flowIndex: 0 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues).toContain(
    'spec.flows.0.steps.0.outputs.0.expression: invalid JSONPath "$.x[": missing "]"',
  );
  const noFlow = await request.post("/api/v1/debug", { data: { spec: tokenSpec(), flowIndex: 3 } });
  expect((await noFlow.json()).issues.join("\n")).toContain("flowIndex");
});

test("uploads a CSV, refuses a ragged one naming the line and keeps the good file", async ({ request }) => {
  const scenario = await createScenario(request, `csv ${Date.now()}`);
  const good = await upload(request, scenario.id, "token.csv", "token\naaaa1111\nbbbb2222\ncccc3333\n");
  expect(good.status()).toBe(201);
  const { dataSource } = await good.json();
  expect(dataSource).toMatchObject({
    name: "token.csv",
    fileName: "token.csv",
    header: ["token"],
    rowCount: 3,
    preview: [["aaaa1111"], ["bbbb2222"], ["cccc3333"]],
  });
  expect(dataSource.sha256).toMatch(/^[0-9a-f]{64}$/);

  const ragged = await upload(request, scenario.id, "token.csv", "token,user\nt1,u1\nt2,u2\nt3\n");
  expect(ragged.status()).toBe(400);
  expect(await ragged.json()).toEqual({
    error: "invalid CSV",
    issues: ["token.csv line 4: expected 2 fields, found 1"],
  });

  const listed = await (await request.get(`/api/v1/scenarios/${scenario.id}/data-sources`)).json();
  expect(listed.dataSources).toEqual([dataSource]);

  // The debugger reads the scenario's stored file.
  const debug = await (
    await request.post("/api/v1/debug", {
      data: {
        scenarioId: scenario.id,
        spec: {
          ...tokenSpec(),
          flows: [{ name: "main", steps: [{ type: "http", name: "t", url: `${target}/hello?t=\${token}` }] }],
        },
      },
    })
  ).json();
  expect(debug.data).toEqual({ token: "aaaa1111" });
  expect(debug.steps[0].request.url).toContain("t=aaaa1111");

  const spaced = await upload(request, scenario.id, "my users.csv", "user\nu1\n");
  expect(spaced.status()).toBe(201);
  expect((await spaced.json()).dataSource.name).toBe("my users.csv");
  expect(
    (
      await request.delete(`/api/v1/scenarios/${scenario.id}/data-sources/${encodeURIComponent("my users.csv")}`)
    ).status(),
  ).toBe(204);
  expect((await request.delete(`/api/v1/scenarios/${scenario.id}/data-sources/nope.csv`)).status()).toBe(404);
  expect((await upload(request, "no-such-scenario", "token.csv", "token\na\n")).status()).toBe(404);
  const names = (await (await request.get(`/api/v1/scenarios/${scenario.id}/data-sources`)).json()).dataSources.map(
    (d: { name: string }) => d.name,
  );
  expect(names).toEqual(["token.csv"]);
});

test("refuses an invalid JSONPath on save with its path, and leaves the stored scenario as it was", async ({
  request,
}) => {
  const scenario = await createScenario(request, `jsonpath ${Date.now()}`);
  const put = await request.put(`/api/v1/scenarios/${scenario.id}`, {
    data: { name: "renamed", spec: tokenSpec("$.data[?(@.id==") },
  });
  expect(put.status()).toBe(400);
  const issues: string[] = (await put.json()).issues;
  expect(issues.some((i) => i.startsWith("spec.flows.0.steps.0.outputs.0.expression: invalid JSONPath"))).toBe(true);
  const stored = (await (await request.get(`/api/v1/scenarios/${scenario.id}`)).json()).scenario;
  expect(stored.name).toBe(scenario.name);
  expect(stored.version).toBe(scenario.version);
  expect(stored.spec).toEqual(scenario.spec);

  const name = `never saved ${Date.now()}`;
  const post = await request.post("/api/v1/scenarios", { data: { name, spec: tokenSpec("$.a[") } });
  expect(post.status()).toBe(400);
  const found = await (await request.get(`/api/v1/scenarios?search=${encodeURIComponent(name)}`)).json();
  expect(found.scenarios).toEqual([]);
});

test("duplicates a scenario with its data files", async ({ request }) => {
  const scenario = await createScenario(request, `dup ${Date.now()}`);
  expect((await upload(request, scenario.id, "token.csv", "token\nx1\nx2\n")).status()).toBe(201);
  const res = await request.post(`/api/v1/scenarios/${scenario.id}/duplicate`);
  expect(res.status()).toBe(201);
  const copy = (await res.json()).scenario;
  expect(copy.id).not.toBe(scenario.id);
  expect(copy.name).toBe(`${scenario.name} (copy)`);
  expect(copy.spec).toEqual(scenario.spec);
  const files = (await (await request.get(`/api/v1/scenarios/${copy.id}/data-sources`)).json()).dataSources;
  expect(files).toMatchObject([{ name: "token.csv", rowCount: 2, preview: [["x1"], ["x2"]] }]);
  expect((await request.post("/api/v1/scenarios/nope/duplicate")).status()).toBe(404);
});

test("exports a scenario as a CLI file and imports it back unchanged", async ({ request }) => {
  const scenario = await createScenario(request, `Export me ${Date.now()}`);
  const res = await request.get(`/api/v1/scenarios/${scenario.id}/export`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="export-me-\d+\.stampede\.json"$/);
  const document = await res.json();
  expect(document).toMatchObject({ stampede: 1, name: scenario.name, spec: scenario.spec });
  expect(document.load).toMatchObject({ mode: "concurrency", vus: 2, durationSeconds: 5 });

  const imported = await request.post("/api/v1/scenarios/import", { data: document });
  expect(imported.status()).toBe(201);
  const copy = (await imported.json()).scenario;
  expect(copy.id).not.toBe(scenario.id);
  expect(copy).toMatchObject({ name: scenario.name, spec: scenario.spec, load: document.load });

  const plain = await request.post("/api/v1/scenarios/import", { data: { name: "plain", spec: tokenSpec() } });
  expect(plain.status()).toBe(201);
  const wrongVersion = await request.post("/api/v1/scenarios/import", { data: { ...document, stampede: 2 } });
  expect(wrongVersion.status()).toBe(400);
  expect((await wrongVersion.json()).issues.join("\n")).toContain("stampede");
  const badPath = await request.post("/api/v1/scenarios/import", { data: { ...document, spec: tokenSpec("$.[") } });
  expect(badPath.status()).toBe(400);
  expect((await badPath.json()).issues.join("\n")).toContain("spec.flows.0.steps.0.outputs.0.expression");
});

test("exports a scenario with its data files inside and imports both; a bad carried file stores nothing", async ({
  request,
}) => {
  const scenario = await createScenario(request, `Export with data ${Date.now()}`);
  expect((await upload(request, scenario.id, "token.csv", "token\nabc\ndef\n")).status()).toBe(201);
  const document = await (await request.get(`/api/v1/scenarios/${scenario.id}/export?data=true`)).json();
  expect(document.dataFiles).toEqual([
    { name: "token.csv", base64: Buffer.from("token\nabc\ndef\n").toString("base64") },
  ]);
  expect((await (await request.get(`/api/v1/scenarios/${scenario.id}/export`)).json()).dataFiles).toBeUndefined();

  const imported = await request.post("/api/v1/scenarios/import", { data: document });
  expect(imported.status()).toBe(201);
  const copy = (await imported.json()).scenario as { id: string };
  const files = (await (await request.get(`/api/v1/scenarios/${copy.id}/data-sources`)).json()).dataSources;
  expect(files).toMatchObject([{ name: "token.csv", rowCount: 2, header: ["token"] }]);

  const name = `Bad data ${Date.now()}`;
  const ragged = Buffer.from("token,user\nabc\n").toString("base64");
  const bad = await request.post("/api/v1/scenarios/import", {
    data: { ...document, name, dataFiles: [{ name: "token.csv", base64: ragged }] },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues.join("\n")).toMatch(/^dataFiles\.0 \(token\.csv\): .*line 2/);
  const list = await (await request.get(`/api/v1/scenarios?search=${encodeURIComponent(name)}`)).json();
  expect(list.scenarios).toEqual([]);
});
