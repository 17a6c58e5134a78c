import type { TRequestSample } from "@stampede/contracts";
import type { WireRequest, WireResponse } from "../http/send";
import type { Params } from "../template";
import { isSecretName, maskBody, maskKnownSecrets, maskSecretValues, maskUrl, maskValue } from "./mask";

/** Bodies in samples are cut here: enough to read an error, not a copy of the traffic. */
const BODY_LIMIT = 2048;

/** Marked secrets go first and whole: masked by name first, a marked value would keep its first characters. */
type Marked = readonly string[];

/** Cut after masking: a cut through a secret would leave a part no later mask recognises. */
function truncate(body: string | Buffer | undefined, marked: Marked): string | undefined {
  if (body === undefined) return undefined;
  const text = maskSecretValues(typeof body === "string" ? body : body.toString("utf8"), marked);
  return text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}…(${text.length - BODY_LIMIT} more chars)` : text;
}

function headerPairs(flat: string[], secrets: readonly string[], marked: Marked): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const name = flat[i]!;
    const value = maskSecretValues(flat[i + 1]!, marked);
    pairs.push([name, isSecretName(name) ? maskValue(value) : maskKnownSecrets(value, secrets)]);
  }
  return pairs;
}

/** The referenced parameters as a sample shows them, and the secret values to mask wherever they appear. */
function usedParams(
  refs: Iterable<string>,
  params: Params,
  marked: Marked,
): { used: Record<string, string>; secrets: string[] } {
  const used: Record<string, string> = {};
  const secrets: string[] = [];
  for (const name of refs) {
    const raw = params[name];
    if (raw === undefined) continue;
    const value = maskSecretValues(raw, marked);
    const byName = isSecretName(name) && value === raw; // a marked value is already masked whole
    if (byName) secrets.push(value);
    used[name] = byName ? maskValue(value) : value;
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
  /** The values of the scenario's marked secrets. */
  marked?: Marked;
}): TRequestSample {
  const marked = input.marked ?? [];
  const { used, secrets } = usedParams(input.refs, input.params, marked);
  return {
    step: input.step,
    at: input.at,
    kind: "failure",
    error: `${input.kind ?? "invalid_request"}: ${maskKnownSecrets(maskSecretValues(input.reason, marked), secrets)}`,
    latencyMs: 0,
    request: { method: input.method, url: maskUrl(maskSecretValues(input.url, marked)), headers: [] },
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
  /** The values of the scenario's marked secrets. */
  marked?: Marked;
}): TRequestSample {
  const { wire, res } = input;
  const marked = input.marked ?? [];
  const { used, secrets } = usedParams(input.refs, input.params, marked);
  const responseHeaders: Array<[string, string]> = [];
  if (!res.error) {
    for (const [name, value] of Object.entries(res.headers)) {
      if (value === undefined) continue;
      for (const raw of Array.isArray(value) ? value : [value]) {
        const v = maskSecretValues(raw, marked);
        responseHeaders.push([name, isSecretName(name) ? maskValue(v) : maskKnownSecrets(v, secrets)]);
      }
    }
  }
  const responseBody = truncate(res.body, marked);
  const requestBody = truncate(wire.body, marked);
  return {
    step: input.step,
    at: input.at,
    kind: input.kind,
    error:
      input.error ??
      (res.error ? maskSecretValues(String((res.error as Error).message ?? res.error), marked) : undefined),
    latencyMs: Math.round(input.latencyUs) / 1000,
    request: {
      method: wire.method,
      url: maskKnownSecrets(maskUrl(maskSecretValues(wire.origin + wire.path, marked)), secrets),
      headers: headerPairs(wire.headers, secrets, marked),
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
    timings: res.timings?.(),
  };
}
