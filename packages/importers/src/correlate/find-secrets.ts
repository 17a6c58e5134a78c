import type { TImportedRequest, TSecretFinding } from "@stampede/contracts";
import type { SentValue } from "./sent-values";
import { mask, paramNameFrom, uniqueName } from "./value-rules";

const SECRET_NAME = /secret|passw(or)?d|^pwd$|api[-_]?key|private[-_]?key|credential/i;
const REFERENCE = /\$\{[^}]+\}/;

/** The field's own name: a header, query or form name, or a JSON leaf's key. */
function fieldKey(s: SentValue): string {
  if (s.part !== "body-json") return s.name;
  return /(?:\.|\[')([^.[']+)'?\]?$/.exec(s.name)?.[1] ?? s.name;
}

/**
 * Credentials sent as-is that no response returned: Authorization headers (Basic, Bearer, ...) and
 * secret/password/api-key-like fields. Each becomes a secret global parameter when chosen; one value sent in
 * several places gets one parameter.
 */
export function findSecrets(
  requests: TImportedRequest[],
  sent: Map<number, SentValue[]>,
  passedOn: Set<string>,
  taken: Set<string>,
): TSecretFinding[] {
  const findings: TSecretFinding[] = [];
  const paramOf = new Map<string, string>(); // "<key>\u0000<value>" → param
  const add = (requestIndex: number, field: string, key: string, value: string) => {
    const id = `${key.toLowerCase()}\u0000${value}`;
    let param = paramOf.get(id);
    if (param === undefined) {
      param = uniqueName(paramNameFrom(key.toLowerCase(), "secret"), taken);
      paramOf.set(id, param);
    }
    findings.push({ requestIndex, field, param, shown: mask(value) });
  };
  for (const request of requests) {
    for (const header of request.headers) {
      if (header.name.toLowerCase() !== "authorization" || REFERENCE.test(header.value)) continue;
      const credential = header.value.replace(/^\S+\s+/, "");
      if (!passedOn.has(credential)) add(request.index, `header ${header.name}`, "authorization", header.value);
    }
    for (const s of sent.get(request.index)!) {
      if (s.part === "url" || (s.part === "header" && s.name.toLowerCase() === "authorization")) continue;
      const key = fieldKey(s);
      if (!SECRET_NAME.test(key) || s.value === "" || REFERENCE.test(s.value) || passedOn.has(s.value)) continue;
      add(request.index, s.field, key, s.value);
    }
  }
  return findings;
}
