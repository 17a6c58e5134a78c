import type { TScenarioSpec } from "@stampede/contracts";
import type { DraftFlow } from "./draft";

/** The template functions the engine knows, with an example each (shown in the Parameters panel). */
export const TEMPLATE_FUNCTIONS: { name: string; example: string; description: string }[] = [
  { name: "uuid", example: "${__uuid()}", description: "a random UUID v4" },
  { name: "random", example: "${__random(1,100)}", description: "a random integer between a and b" },
  { name: "timestamp", example: "${__timestamp()}", description: "Unix time in ms (`s` argument: seconds)" },
  { name: "date", example: "${__date(yyyy-MM-dd HH:mm:ss)}", description: "the current time, formatted" },
  { name: "md5", example: "${__md5(${text})}", description: "MD5 hex digest" },
  { name: "sha1", example: "${__sha1(${text})}", description: "SHA-1 hex digest" },
  { name: "sha256", example: "${__sha256(${text})}", description: "SHA-256 hex digest" },
  { name: "hmac", example: "${__hmac(sha256,${key},${text})}", description: "HMAC hex digest" },
  { name: "base64", example: "${__base64(${text})}", description: "Base64 encode" },
  { name: "base64decode", example: "${__base64decode(${text})}", description: "Base64 decode" },
  { name: "urlencode", example: "${__urlencode(${text})}", description: "percent-encode" },
  { name: "urldecode", example: "${__urldecode(${text})}", description: "percent-decode" },
  { name: "upper", example: "${__upper(${text})}", description: "upper case" },
  { name: "lower", example: "${__lower(${text})}", description: "lower case" },
];
const FUNCTION_NAMES = new Set(TEMPLATE_FUNCTIONS.map((f) => f.name));

/**
 * What a template refers to that nothing defines: `${name}` references outside the known set, and calls of
 * functions the engine lacks. Innermost `${...}` without parentheses are references (the engine's grammar);
 * `${__fn(` opens a call whose arguments may hold further references.
 */
export function undefinedReferences(template: string, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const m of template.matchAll(/\$\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}/g)) {
    const name = m[1]!;
    if (!known.has(name) && !problems.includes(`\${${name}}`)) problems.push(`\${${name}}`);
  }
  for (const m of template.matchAll(/\$\{\s*__([A-Za-z0-9_]+)\(/g)) {
    if (!FUNCTION_NAMES.has(m[1]!)) problems.push(`\${__${m[1]}(...)} (no such function)`);
  }
  return problems;
}

/** A parameter a step can use, and where it comes from (listed in the Parameters panel). */
export interface ParamSource {
  name: string;
  origin: string;
}

/** Parameters every step sees: globals, data source columns, the token provider's parameter. */
export function scenarioWideParams(
  spec: Pick<TScenarioSpec, "globals" | "dataSources" | "tokenProvider">,
  fileHeaders: Record<string, string[]>,
): { globals: ParamSource[]; data: ParamSource[]; token: ParamSource[] } {
  const data = spec.dataSources.flatMap((d) => {
    if (d.columns.length > 0) return d.columns.map((c) => ({ name: c.param, origin: `${d.name} · ${c.column}` }));
    const header = fileHeaders[d.name] ?? [];
    return header.map((h, i) => ({
      name: d.firstLineIsHeader ? h : `col${i + 1}`,
      origin: `${d.name} · column ${i + 1}`,
    }));
  });
  return {
    globals: spec.globals.filter((g) => g.name).map((g) => ({ name: g.name, origin: "global" })),
    data: data.filter((p) => p.name),
    token: spec.tokenProvider ? [{ name: spec.tokenProvider.param, origin: "token provider" }] : [],
  };
}

/** Parameters the steps of a flow define (outputs and data instructions), each with the step's index. */
export function flowParams(flow: DraftFlow): (ParamSource & { stepIndex: number })[] {
  return flow.steps.flatMap(({ step }, stepIndex) => {
    if (step.type === "http") return step.outputs.map((o) => ({ name: o.name, origin: step.name, stepIndex }));
    if (step.type === "data") return step.assignments.map((a) => ({ name: a.name, origin: step.name, stepIndex }));
    return [];
  });
}
