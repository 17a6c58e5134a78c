import type { TCorrelation, TImportedRequest } from "@stampede/contracts";
import { memberStep } from "./json-leaves";
import type { SentValue } from "./sent-values";
import { mask, uniqueName } from "./value-rules";

const TOKEN_ENDPOINT = /token|oauth|login|sign-?in|auth/i;
const TOKEN_FIELD = /^(access[-_]?token|token|x-access-token)$/i;
const REFERENCE = /^\$\{([^}]+)\}$/;

/** Tokens guessed for files without responses, and the value (literal or `${name}`) each stands for. */
export interface InferredTokens {
  correlations: TCorrelation[];
  valueOf: Map<string, string>;
}

/** A token as a later request sends it: `Authorization: Bearer <t>`, or an access_token-like field. */
function sentToken(s: SentValue, request: TImportedRequest): boolean {
  if (s.part === "header" && s.name.toLowerCase() === "authorization") {
    const header = request.headers.find((h) => h.name === s.name);
    return header !== undefined && /^(Bearer|Token)\s/i.test(header.value);
  }
  const key = s.part === "body-json" ? (/([A-Za-z0-9_-]+)'?\]?$/.exec(s.name)?.[1] ?? "") : s.name;
  return TOKEN_FIELD.test(key);
}

function looksLikeTokenEndpoint(request: TImportedRequest): boolean {
  let path = request.url;
  try {
    path = new URL(request.url).pathname;
  } catch {
    // `${base}/oauth/token`: the text as written is as good to look at.
  }
  return TOKEN_ENDPOINT.test(path);
}

/**
 * cURL lines, Postman items, OpenAPI operations and JMeter samplers carry no responses, so a token cannot be
 * seen flowing. When such a file calls a token endpoint and later requests send a token (a literal nobody
 * sent before, or a `${name}` nothing outputs), the token is proposed as `$.<name>` of the endpoint's JSON
 * answer, the shape OAuth and WeChat both use. A Postman or JMeter file that extracts it itself gets nothing.
 */
export function inferTokenCorrelations(
  requests: TImportedRequest[],
  sent: Map<number, SentValue[]>,
  taken: Set<string>,
): InferredTokens {
  const inferred: InferredTokens = { correlations: [], valueOf: new Map() };
  const endpoint = requests.find((r) => !r.response && looksLikeTokenEndpoint(r));
  if (!endpoint) return inferred;
  const sentBefore = new Set(
    requests.filter((r) => r.index <= endpoint.index).flatMap((r) => sent.get(r.index)!.map((s) => s.value)),
  );
  const outputs = new Set(requests.flatMap((r) => r.outputs.map((o) => o.name)));

  // One proposal per distinct token (a literal value or a reference), in the order they are first sent.
  const byToken = new Map<string, TCorrelation["uses"]>();
  for (const request of requests) {
    if (request.index <= endpoint.index || request.response) continue;
    for (const s of sent.get(request.index)!) {
      if (!sentToken(s, request) || sentBefore.has(s.value)) continue;
      const reference = REFERENCE.exec(s.value)?.[1];
      if (reference !== undefined && outputs.has(reference)) continue;
      const uses = byToken.get(s.value) ?? [];
      if (!uses.some((u) => u.requestIndex === request.index && u.field === s.field)) {
        uses.push({ requestIndex: request.index, field: s.field });
      }
      byToken.set(s.value, uses);
    }
  }
  for (const [token, uses] of byToken) {
    const reference = REFERENCE.exec(token)?.[1];
    // A reference keeps its name (the file already says `${access_token}`); a literal gets the usual one.
    const param = reference ?? uniqueName("access_token", taken);
    const id = `${endpoint.index}:${param}`;
    inferred.valueOf.set(id, token);
    inferred.correlations.push({
      id,
      param,
      shown: reference !== undefined ? token : mask(token),
      kind: "token",
      source: {
        requestIndex: endpoint.index,
        output: {
          name: param,
          source: "body-json",
          expression: /token/i.test(param) ? `$${memberStep(param)}` : "$.access_token",
          match: 0,
        },
      },
      uses,
      // No response to see an expires_in in: the token provider is not offered on a guess.
      offerTokenProvider: false,
    });
  }
  return inferred;
}
