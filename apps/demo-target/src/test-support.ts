import { afterAll, beforeAll } from "vitest";
import type { DemoTargetOptions } from "./options";
import { createDemoTarget, type DemoTarget } from "./server";

/** Test-only: a real target on a random port for the enclosing describe/file, closed afterwards. */
export function useDemoTarget(options: Partial<DemoTargetOptions> = {}): () => DemoTarget {
  let target: DemoTarget | undefined;
  beforeAll(async () => {
    target = await createDemoTarget({ port: 0, tokenTtlSeconds: 1, graceSeconds: 0.3, ...options });
  });
  afterAll(() => target?.close());
  return () => {
    if (!target) throw new Error("demo target not started yet");
    return target;
  };
}

export const DEMO_CREDENTIALS = { appid: "wx-demo-app", secret: "demo-secret" };

export async function issueToken(target: DemoTarget): Promise<string> {
  const res = await fetch(`${target.url}/api/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_CREDENTIALS),
  });
  const body = (await res.json()) as { access_token: string };
  return body.access_token;
}

/** POSTs a JSON body and returns status plus parsed JSON. */
export async function postJson(
  target: DemoTarget,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, any> }> {
  const res = await fetch(`${target.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

export async function getJson(
  target: DemoTarget,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, any> }> {
  const res = await fetch(`${target.url}${path}`, { headers });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
