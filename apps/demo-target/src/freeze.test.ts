import { describe, expect, it } from "vitest";
import { getJson, postJson, sleep, useDemoTarget } from "./test-support";

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

describe("POST /__control/freeze", () => {
  const target = useDemoTarget();

  it("holds business responses until the freeze ends, but not control routes", async () => {
    const freeze = await postJson(target(), "/__control/freeze?ms=400", {});
    expect(freeze.body).toMatchObject({ errcode: 0, frozenForMs: 400 });

    const [stats, statsMs] = await timed(() => getJson(target(), "/__stats"));
    expect(stats.status).toBe(200);
    expect(statsMs).toBeLessThan(200);

    const [text, helloMs] = await timed(() => fetch(`${target().url}/hello`).then((res) => res.text()));
    expect(text).toBe("hello");
    expect(helloMs).toBeGreaterThanOrEqual(300);

    const [, afterMs] = await timed(() => fetch(`${target().url}/hello`).then((res) => res.text()));
    expect(afterMs).toBeLessThan(200);
  });

  it("caps the freeze at 60 s, thaws with ms=0 and rejects a bad ms", async () => {
    expect((await postJson(target(), "/__control/freeze?ms=999999", {})).body.frozenForMs).toBe(60_000);
    await postJson(target(), "/__control/freeze?ms=0", {});
    const [, ms] = await timed(() => fetch(`${target().url}/hello`).then((res) => res.text()));
    expect(ms).toBeLessThan(200);
    expect((await postJson(target(), "/__control/freeze?ms=soon", {})).status).toBe(400);
  });

  it("does not count a request whose client gave up while it was held", async () => {
    target().resetStats();
    await postJson(target(), "/__control/freeze?ms=300", {});
    await expect(fetch(`${target().url}/hello`, { signal: AbortSignal.timeout(50) })).rejects.toThrow();
    await sleep(400);
    expect(target().stats().requests).toBe(0);
  });
});

describe("latencyMs option", () => {
  const target = useDemoTarget({ latencyMs: 250 });

  it("delays business routes but not token issue", async () => {
    const [, tokenMs] = await timed(() =>
      postJson(target(), "/api/token", { appid: "wx-demo-app", secret: "demo-secret" }),
    );
    expect(tokenMs).toBeLessThan(150);
    const [, itemsMs] = await timed(() => getJson(target(), "/api/items"));
    expect(itemsMs).toBeGreaterThanOrEqual(200);
  });
});
