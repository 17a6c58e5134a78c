import { readFileSync } from "node:fs";
import { ZImportPreview, ZScenarioSpec } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { buildScenario } from "../build/build-scenario";
import { previewImport } from "../preview/preview-import";
import { parseJmx } from "./index";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

describe("parseJmx", () => {
  const preview = parseJmx(fixture("shop.jmx"));
  const byName = (name: string) => preview.requests.find((r) => r.name === name)!;

  it("reads the plan: title, variables as globals (properties as their defaults), thread group as flow and load", () => {
    expect(ZImportPreview.safeParse(preview).success).toBe(true);
    expect(preview.title).toBe("Shop load test");
    expect(preview.globals).toEqual([
      { name: "host", value: "127.0.0.1" },
      { name: "appid", value: "wx123" },
    ]);
    expect(preview.load).toEqual({ mode: "concurrency", vus: 20, durationSeconds: 120, rampUpSeconds: 10 });
    expect(preview.requests.map((r) => [r.where, r.group, r.name])).toEqual([
      ["line 68", "Buyers", "Get token"],
      ["line 107", "Buyers", "Create order"],
      ["line 164", "Buyers", "Order status"],
    ]);
    expect(preview.notes).toContainEqual({
      where: "line 4",
      message: 'TestPlan: ${__P(host,127.0.0.1)} (a JMeter property) replaced by its default "127.0.0.1"',
    });
  });

  it("builds URLs from the sampler or the HTTP Request Defaults, arguments as form, query or raw body", () => {
    const token = byName("Get token");
    expect(token.url).toBe("http://${host}:4010/api/token");
    expect(token.body).toEqual({
      type: "form",
      fields: [
        { name: "appid", value: "${appid}" },
        { name: "user", value: "${user}" },
      ],
    });
    const order = byName("Create order");
    expect(order.url).toBe("http://${host}:4010/api/orders?token=${access_token}");
    expect(order.body).toEqual({ type: "json", json: '{"sku": "A-1", "qty": ${__random(1, 5)}}' });
    expect(byName("Order status").url).toBe("https://127.0.0.1:4011/api/orders/status?id=${order_id}");
  });

  it("scopes header managers: the sampler's replaces the plan's header of the same name", () => {
    expect(byName("Get token").headers).toEqual([{ name: "User-Agent", value: "shop-load" }]);
    expect(byName("Create order").headers).toEqual([{ name: "User-Agent", value: "buyer" }]);
  });

  it("turns extractors into outputs, assertions into checks, and a constant timer into a think time", () => {
    expect(byName("Get token").outputs).toEqual([
      { name: "access_token", source: "body-json", expression: "$.access_token", match: 0, defaultValue: "NOT_FOUND" },
      { name: "expires", source: "body-json", expression: "$.expires_in", match: 0 },
    ]);
    expect(byName("Get token").checks).toEqual([{ source: "status", expression: "", operator: "eq", value: "200" }]);
    const order = byName("Create order");
    expect(order.outputs).toEqual([
      { name: "order_id", source: "body-text", expression: '"id":"(\\w+)"', match: 0, defaultValue: "none" },
    ]);
    expect(order.checks).toEqual([{ source: "body-text", expression: "", operator: "contains", value: '"id"' }]);
    expect(order.thinkMsBefore).toBe(300);
    expect(byName("Order status").thinkMsBefore).toBeUndefined();
  });

  it("binds the CSV Data Set by file name with its variable names as columns", () => {
    expect(preview.dataSources).toEqual([
      {
        name: "users.csv",
        firstLineIsHeader: true,
        columns: [
          { column: "1", param: "user" },
          { column: "2", param: "password" },
        ],
        policy: "sequential",
        onEnd: "stop",
        advance: "iteration",
      },
    ]);
  });

  it("lists every element it does not import with its type, name and line", () => {
    const messages = preview.notes.map((n) => `${n.where}: ${n.message}`);
    expect(messages).toContain('line 40: CookieManager "HTTP Cookie Manager" (line 40) is not imported');
    expect(messages).toContain('line 181: JSR223PostProcessor "Log it" (line 181) is not imported');
    expect(messages).toContain('line 187: ResultCollector "View Results Tree" (line 187) is not imported');
    expect(messages).toContain('line 103: TransactionController "Buy" (line 103) is not imported (its samplers are)');
    expect(messages).toContain(
      'line 148: RegexExtractor "pair" (line 148): template $1$-$2$ is not imported (only $1$)',
    );
  });
});

describe("parseJmx, a loop-count plan", () => {
  const preview = parseJmx(fixture("loops.jmx"));

  it("caps iterations by loops × threads and keeps a default duration", () => {
    expect(ZImportPreview.safeParse(preview).success).toBe(true);
    expect(preview.load).toEqual({
      mode: "concurrency",
      vus: 3,
      durationSeconds: 60,
      rampUpSeconds: 1,
      iterations: 15,
    });
  });

  it("skips disabled and commented-out elements, counting lines past the comment", () => {
    expect(preview.requests.map((r) => [r.name, r.where])).toEqual([["Health", "line 20"]]);
    const messages = preview.notes.map((n) => n.message);
    expect(messages).toContain('HTTPSamplerProxy "Ping" (line 16) is disabled; not imported');
    expect(messages).toContain('BeanShellPostProcessor "Shell" (line 33) is not imported');
    expect(messages).toContain('DebugSampler "Debug" (line 38) is not imported');
  });

  it("notes a NOT-contains (regex) assertion it cannot express", () => {
    expect(preview.requests[0]!.checks).toEqual([]);
    expect(preview.notes.map((n) => n.message)).toContain(
      'ResponseAssertion "not error" (line 25): "error" not imported (this kind of test is not supported)',
    );
  });
});

describe("a JMeter plan as a scenario", () => {
  it("builds the thread group's flow with the timer as a think time step, the CSV bound and the load carried", async () => {
    const preview = await previewImport("jmeter", fixture("shop.jmx"));
    const { spec, load } = buildScenario(preview, { include: [0, 1, 2] });
    const parsed = ZScenarioSpec.parse(spec);
    expect(parsed.flows.map((f) => [f.name, f.steps.map((s) => s.type)])).toEqual([
      ["Buyers", ["http", "think", "http", "http"]],
    ]);
    expect(parsed.flows[0]!.steps[0]).toMatchObject({ followRedirects: true });
    expect(parsed.dataSources.map((d) => d.name)).toEqual(["users.csv"]);
    expect(load).toEqual({ mode: "concurrency", vus: 20, durationSeconds: 120, rampUpSeconds: 10 });
  });
});

describe("parseJmx refuses", () => {
  it("malformed XML, naming the line", () => {
    expect(() => parseJmx(fixture("malformed.jmx"))).toThrow(
      /^line 5: not well-formed XML: Expected closing tag 'TestPlan' \(opened in line 4/,
    );
  });

  it("a file cut short, naming the elements left open", () => {
    expect(() => parseJmx("<jmeterTestPlan><hashTree>")).toThrow(
      /^line 1: not well-formed XML: the file ends before <jmeterTestPlan>, <hashTree> are closed$/,
    );
  });

  it("XML that is not a test plan", () => {
    expect(() => parseJmx("<project><target/></project>")).toThrow(
      "line 1: not a JMeter test plan: the root element is <project>, not <jmeterTestPlan>",
    );
    expect(() => parseJmx("<jmeterTestPlan><hashTree/></jmeterTestPlan>")).toThrow(
      "line 1: the file has no <TestPlan>",
    );
  });
});
