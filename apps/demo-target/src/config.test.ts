import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DemoTargetConfigError, parseDemoTargetEnv } from "./config";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));

describe("parseDemoTargetEnv", () => {
  it("uses the defaults when nothing is set, treating empty values as unset", () => {
    expect(parseDemoTargetEnv({ DEMO_TARGET_PORT: "" })).toEqual({
      port: 4010,
      host: "127.0.0.1",
      tokenTtlSeconds: 7200,
      graceSeconds: 300,
      apps: [{ appid: "wx-demo-app", secret: "demo-secret" }],
      latencyMs: 0,
    });
  });

  it("reads every variable", () => {
    const options = parseDemoTargetEnv({
      DEMO_TARGET_PORT: "0",
      DEMO_TOKEN_TTL_SECONDS: "60",
      DEMO_TOKEN_GRACE_SECONDS: "0",
      DEMO_APPID: "wx-1",
      DEMO_SECRET: "s",
      DEMO_LATENCY_MS: "25",
    });
    expect(options).toMatchObject({ port: 0, tokenTtlSeconds: 60, graceSeconds: 0, latencyMs: 25 });
    expect(options.apps).toEqual([{ appid: "wx-1", secret: "s" }]);
  });

  it("names the variable, the rule and the value it rejects", () => {
    expect(() => parseDemoTargetEnv({ DEMO_TARGET_PORT: "abc" })).toThrow(DemoTargetConfigError);
    expect(() => parseDemoTargetEnv({ DEMO_TARGET_PORT: "70000" })).toThrow(
      'DEMO_TARGET_PORT must be a whole number between 0 and 65535 (got "70000")',
    );
    expect(() => parseDemoTargetEnv({ DEMO_TOKEN_TTL_SECONDS: "0" })).toThrow(/DEMO_TOKEN_TTL_SECONDS .* \(got "0"\)/);
    expect(() => parseDemoTargetEnv({ DEMO_LATENCY_MS: "-5", DEMO_TOKEN_GRACE_SECONDS: "1.5" })).toThrow(
      /DEMO_TOKEN_GRACE_SECONDS.*; DEMO_LATENCY_MS/,
    );
  });
});

function runMain(env: Record<string, string>) {
  // The ambient DEMO_* settings (a developer's shell, the test stack) must not leak into what is tested.
  const ambient = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("DEMO_")));
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], { env: { ...ambient, ...env } });
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk) => (output.stdout += chunk));
  child.stderr.on("data", (chunk) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

describe("main", () => {
  it("exits 1 with one line and no stack trace on a bad variable", async () => {
    const { output, exited } = runMain({ DEMO_TOKEN_GRACE_SECONDS: "soon" });
    expect(await exited).toBe(1);
    expect(output.stderr.trim().split("\n")).toEqual([
      'demo-target: bad environment: DEMO_TOKEN_GRACE_SECONDS must be a whole number between 0 and 31536000 (got "soon")',
    ]);
  });

  it("prints where it listens, serves, and stops on SIGTERM", async () => {
    const { child, output, exited } = runMain({ DEMO_TARGET_PORT: "0", DEMO_TOKEN_TTL_SECONDS: "30" });
    for (let i = 0; i < 100 && !output.stdout.includes("\n"); i++) await new Promise((r) => setTimeout(r, 50));
    const match = /^demo-target listening on (http:\/\/127\.0\.0\.1:\d+) \(token ttl 30s, grace 300s\)$/m.exec(
      output.stdout,
    );
    expect(match, output.stdout + output.stderr).not.toBeNull();
    expect(await (await fetch(`${match![1]}/hello`)).text()).toBe("hello");
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
