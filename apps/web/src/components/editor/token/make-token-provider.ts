import type { THttpStep, TTokenProvider } from "@stampede/contracts";

/** A token provider with WeChat's habits: `access_token` + `expires_in`, and errcode 40001/42001 = rejected. */
export function defaultTokenProvider(): TTokenProvider {
  return {
    request: {
      type: "http",
      name: "token provider",
      method: "GET",
      url: "",
      headers: [],
      query: [],
      body: { type: "none" },
      timeoutMs: 10_000,
      followRedirects: false,
      enabled: true,
    },
    extract: { source: "body-json", expression: "access_token" },
    param: "access_token",
    lifetime: { type: "field", expression: "expires_in" },
    refreshMarginSeconds: 60,
    rejectedWhen: { statuses: [401], bodyJson: [{ expression: "errcode", values: ["40001", "42001"] }] },
    retryOnce: true,
  };
}

/**
 * Turns a flow's API into the scenario's token provider: its request, and where its first output reads the
 * token (a status output cannot carry one). The parameter keeps that output's name, so later APIs' `${...}`
 * references stay valid; without outputs it is `access_token`.
 */
export function tokenProviderFromStep(step: THttpStep): TTokenProvider {
  const { outputs, checks: _checks, ...request } = step;
  const first = outputs.find((o) => o.source !== "status");
  const base = defaultTokenProvider();
  return {
    ...base,
    request: { ...request, enabled: true },
    extract: first
      ? { source: first.source as TTokenProvider["extract"]["source"], expression: first.expression || "access_token" }
      : base.extract,
    param: first?.name || "access_token",
  };
}
