import type { TRequestSample } from "@stampede/contracts";
import type { WireRequest, WireResponse } from "../http/send";
import type { Params } from "../template";
import { isSecretName, maskBody, maskKnownSecrets, maskUrl, maskValue } from "./mask";

/** Bodies in samples are cut here: enough to read an error, not a copy of the traffic. */
const BODY_LIMIT = 2048;

function truncate(body: string | Buffer | undefined): string | undefined {
  if (body === undefined) return undefined;
  const text = typeof body === "string" ? body : body.toString("utf8");
  return text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}…(${text.length - BODY_LIMIT} more chars)` : text;
}

function headerPairs(flat: string[], secrets: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const name = flat[i]!;
    pairs.push([name, isSecretName(name) ? maskValue(flat[i + 1]!) : maskKnownSecrets(flat[i + 1]!, secrets)]);
  }
  return pairs;
}

/** The referenced parameters as a sample shows them, and the secret values to mask wherever they appear. */
function usedParams(refs: Iterable<string>, params: Params): { used: Record<string, string>; secrets: string[] } {
  const used: Record<string, string> = {};
  const secrets: string[] = [];
  for (const name of refs) {
    const value = params[name];
    if (value === undefined) continue;
    if (isSecretName(name)) secrets.push(value);
    used[name] = isSecretName(name) ? maskValue(value) : value;
  }
  return { used, secrets };
}

/**
 * A request that could not be built, as the sampled log keeps it: nothing was sent, so the request shows
 * the step's URL as written and the error says what was wrong (secrets masked there too).
 */
export function buildInvalidSample(input: {
  step: string;
  method: string;
  url: string;
  reason: string;
  /** Why it was not sent: could not be built (the default), or its host is not allowed. */
  kind?: "invalid_request" | "blocked_target";
  at: number;
  refs: Iterable<string>;
  params: Params;
}): TRequestSample {
  const { used, secrets } = usedParams(input.refs, input.params);
  return {
    step: input.step,
    at: input.at,
    kind: "failure",
    error: `${input.kind ?? "invalid_request"}: ${maskKnownSecrets(input.reason, secrets)}`,
    latencyMs: 0,
    request: { method: input.method, url: maskUrl(input.url), headers: [] },
    params: used,
    checks: [],
  };
}

/** A sampled request: what was sent, what came back, the parameters that fed it — secrets masked. */
export function buildSample(input: {
  step: string;
  kind: TRequestSample["kind"];
  error: string | undefined;
  latencyUs: number;
  at: number;
  wire: WireRequest;
  res: WireResponse;
  refs: Iterable<string>;
  params: Params;
  checks: string[];
}): TRequestSample {
  const { wire, res } = input;
  const { used, secrets } = usedParams(input.refs, input.params);
  const responseHeaders: Array<[string, string]> = [];
  if (!res.error) {
    for (const [name, value] of Object.entries(res.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        responseHeaders.push([name, isSecretName(name) ? maskValue(v) : maskKnownSecrets(v, secrets)]);
      }
    }
  }
  const responseBody = truncate(res.body);
  const requestBody = truncate(wire.body);
  return {
    step: input.step,
    at: input.at,
    kind: input.kind,
    error: input.error ?? (res.error ? String((res.error as Error).message ?? res.error) : undefined),
    latencyMs: Math.round(input.latencyUs) / 1000,
    request: {
      method: wire.method,
      url: maskKnownSecrets(maskUrl(wire.origin + wire.path), secrets),
      headers: headerPairs(wire.headers, secrets),
      body: requestBody === undefined ? undefined : maskBody(requestBody, secrets),
    },
    response: res.error
      ? undefined
      : {
          status: res.status,
          headers: responseHeaders,
          body: responseBody === undefined ? undefined : maskBody(responseBody, secrets),
        },
    params: used,
    checks: input.checks,
  };
}
