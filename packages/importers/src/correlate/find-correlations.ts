import type { TCorrelation, TImportedRequest, TImportPreview, TSecretFinding } from "@stampede/contracts";
import { findSecrets } from "./find-secrets";
import { inferTokenCorrelations } from "./infer-token";
import { returnedValues, type ReturnedValue } from "./response-values";
import { sentValues, type SentValue } from "./sent-values";
import { kindOf, paramNameFrom, shownValue, uniqueName } from "./value-rules";

/** What correlation proposes for a preview: values to chain from responses, and credentials to keep secret. */
export interface CorrelationProposals {
  correlations: TCorrelation[];
  secrets: TSecretFinding[];
}

/** The proposals with each correlation's value as seen (the proposals show it masked). */
export interface ProposalsWithValues extends CorrelationProposals {
  valueOf: Map<string, string>;
}

/** A value's first appearance in a response. */
interface FirstReturn {
  requestIndex: number;
  returned: ReturnedValue;
}

/**
 * Finds values a response returned that later requests sent (tokens, ids, signatures), and credentials sent
 * that no response returned. Reads recorded responses (HAR, recordings); for files without them (cURL,
 * Postman, OpenAPI, JMeter) the file's own extractors carry the chaining, and only a token endpoint followed
 * by token-bearing requests is inferred (see inferTokenCorrelations).
 */
export function findCorrelations(preview: TImportPreview): CorrelationProposals {
  const { correlations, secrets } = proposeCorrelations(preview);
  return { correlations, secrets };
}

/** findCorrelations, keeping the values: what applying a proposal replaces. */
export function proposeCorrelations(preview: TImportPreview): ProposalsWithValues {
  const requests = [...preview.requests].sort((a, b) => a.index - b.index);
  const sent = new Map(requests.map((r) => [r.index, sentValues(r)]));
  const firstReturns = collectFirstReturns(requests, sent);
  const taken = new Set(preview.globals.map((g) => g.name));
  for (const r of requests) for (const o of r.outputs) taken.add(o.name);

  const correlations: TCorrelation[] = [];
  const valueOf = new Map<string, string>();
  for (const [value, first] of firstReturns) {
    const read = first.returned.read;
    if (!read) continue; // a cookie: the cookie jar sends it back
    const uses = usesOf(value, first.requestIndex, requests, sent);
    if (uses.length === 0) continue;
    const kind = kindOf(first.returned.name, value);
    const param = uniqueName(paramNameFrom(first.returned.name), taken);
    const id = `${first.requestIndex}:${param}`;
    valueOf.set(id, value);
    correlations.push({
      id,
      param,
      shown: shownValue(kind, value),
      kind,
      source: { requestIndex: first.requestIndex, output: { name: param, ...read, match: 0 } },
      uses,
      offerTokenProvider: kind === "token" && first.returned.lifetimePath !== undefined,
    });
  }
  const inferred = inferTokenCorrelations(requests, sent, taken);
  correlations.push(...inferred.correlations);
  for (const [id, value] of inferred.valueOf) valueOf.set(id, value);
  // A value some response returned is not a credential the user holds, even when it is not proposed.
  const passedOn = new Set(requests.flatMap((r) => (r.response ? returnedValues(r.response) : [])).map((v) => v.value));
  for (const value of inferred.valueOf.values()) passedOn.add(value);
  return { correlations, secrets: findSecrets(requests, sent, passedOn, taken), valueOf };
}

/**
 * Each distinctive value's first response, skipping values a request had sent before (echoes of the client's
 * own input) and values every response returned alike (a version, a server id).
 */
function collectFirstReturns(requests: TImportedRequest[], sent: Map<number, SentValue[]>): Map<string, FirstReturn> {
  const sentSoFar = new Set<string>();
  const first = new Map<string, FirstReturn>();
  const responsesHolding = new Map<string, number>();
  let responses = 0;
  for (const request of requests) {
    for (const s of sent.get(request.index)!) sentSoFar.add(s.value);
    if (!request.response) continue;
    responses++;
    const seenHere = new Set<string>();
    for (const returned of returnedValues(request.response)) {
      if (!seenHere.has(returned.value)) {
        seenHere.add(returned.value);
        responsesHolding.set(returned.value, (responsesHolding.get(returned.value) ?? 0) + 1);
      }
      if (sentSoFar.has(returned.value) || first.has(returned.value)) continue;
      first.set(returned.value, { requestIndex: request.index, returned });
    }
  }
  if (responses > 1) {
    for (const [value, count] of responsesHolding) if (count === responses) first.delete(value);
  }
  return first;
}

function usesOf(
  value: string,
  after: number,
  requests: TImportedRequest[],
  sent: Map<number, SentValue[]>,
): TCorrelation["uses"] {
  const uses: TCorrelation["uses"] = [];
  for (const request of requests) {
    if (request.index <= after) continue;
    const fields = new Set(
      sent
        .get(request.index)!
        .filter((s) => s.value === value)
        .map((s) => s.field),
    );
    for (const field of fields) uses.push({ requestIndex: request.index, field });
  }
  return uses;
}
