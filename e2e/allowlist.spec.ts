import { expect, test } from "@playwright/test";

/** The target allowlist through the REST API: refused at save naming the URL, then allowed by a project entry. */
const target = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";

const scenarioAt = (url: string) => ({
  name: `allowlist ${Date.now()}`,
  spec: {
    globals: [{ name: "base", value: "http://blocked.invalid" }],
    flows: [
      {
        name: "main",
        steps: [
          { type: "http", name: "hello", url: `${target}/hello` },
          { type: "http", name: "away", url },
        ],
      },
    ],
  },
});

test("a scenario aimed outside the project's allowlist is refused at save, naming the URL; an entry allows it", async ({
  request,
}) => {
  const me = await (await request.get("/api/v1/me")).json();
  const projectId: string = me.currentProjectId ?? me.projects?.[0]?.id ?? "default";
  const allowlist = `/api/v1/projects/${projectId}/allowlist`;
  const original = (await (await request.get(allowlist)).json()).entries as string[];

  const refused = await request.post(`/api/v1/scenarios?project=${projectId}`, { data: scenarioAt("${base}/steal") });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).issues).toEqual([
    "spec.flows.0.steps.1.url: host blocked.invalid is not in this project's target allowlist",
  ]);

  const bad = await request.put(allowlist, { data: { entries: ["https://blocked.invalid"] } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0]).toMatch(/^entries\.0: "https:\/\/blocked\.invalid": write a host, not a URL/);

  try {
    const saved = await request.put(allowlist, { data: { entries: [...original, "Blocked.Invalid"] } });
    expect(saved.status()).toBe(200);
    expect((await saved.json()).entries).toContain("blocked.invalid");
    const created = await request.post(`/api/v1/scenarios?project=${projectId}`, { data: scenarioAt("${base}/x") });
    expect(created.status()).toBe(201);
  } finally {
    await request.put(allowlist, { data: { entries: original } });
  }
});
