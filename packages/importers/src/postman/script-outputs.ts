import type { TOutputParam } from "@stampede/contracts";

/** `var j = pm.response.json();` and the older `JSON.parse(responseBody)`: names that hold the response JSON. */
const JSON_VAR =
  /\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:pm\.response\.json\(\)|JSON\.parse\(\s*(?:responseBody|pm\.response\.text\(\))\s*\))/g;

/** `pm.environment.set("x", <expr>)` and its siblings, and the legacy `postman.setEnvironmentVariable("x", <expr>)`. */
const SETTER =
  /(?:pm\.(?:environment|collectionVariables|globals|variables)\.set|postman\.set(?:Environment|Global)Variable)\(\s*(["'`])([A-Za-z_][\w.-]*)\1\s*,\s*([^;\n]+?)\s*\)\s*(?:;|\n|$)/g;

/** A property path after the JSON (`.data.token`, `["a"][0]`), as JSONPath. */
function toJsonPath(path: string): string | undefined {
  const parts = path.match(/\.[A-Za-z_$][\w$]*|\[\s*\d+\s*\]|\[\s*(["'])[^"'\]]*\1\s*\]/g) ?? [];
  if (parts.join("") !== path.replace(/\s+/g, "")) return undefined;
  if (!parts.length) return "$";
  return (
    "$" +
    parts
      .map((p) => {
        if (p.startsWith(".")) return p;
        const key = /^\[\s*(["'])(.*)\1\s*\]$/.exec(p);
        if (!key) return p.replace(/\s+/g, "");
        return /^[A-Za-z_$][\w$]*$/.test(key[2]!) ? `.${key[2]}` : `['${key[2]}']`;
      })
      .join("")
  );
}

/** Reads the expression a script stores: the response JSON (directly or through a variable) or a response header. */
function outputOf(name: string, expr: string, jsonVars: Set<string>): TOutputParam | undefined {
  const header = /^pm\.response\.headers\.get\(\s*(["'])([^"']+)\1\s*\)$/.exec(expr);
  if (header) return { name, source: "header", expression: header[2]!, match: 0 };
  const direct = /^pm\.response\.json\(\)(.*)$/.exec(expr);
  const viaVar = /^([A-Za-z_$][\w$]*)(.*)$/.exec(expr);
  const path = direct ? direct[1] : viaVar && jsonVars.has(viaVar[1]!) ? viaVar[2] : undefined;
  if (path === undefined) return undefined;
  const expression = toJsonPath(path);
  return expression ? { name, source: "body-json", expression, match: 0 } : undefined;
}

/**
 * The values a test script takes from the response into a variable, as output parameters. Scripts are not run;
 * only these common one-line patterns are recognised, the rest of the script is reported as not run.
 */
export function outputsFromScript(script: string): TOutputParam[] {
  const jsonVars = new Set([...script.matchAll(JSON_VAR)].map((m) => m[1]!));
  const outputs = new Map<string, TOutputParam>();
  for (const m of script.matchAll(SETTER)) {
    const output = outputOf(m[2]!, m[3]!.trim(), jsonVars);
    if (output) outputs.set(output.name, output);
  }
  return [...outputs.values()];
}
