import { JSONPath } from "jsonpath-plus";

/** Reads every match of a JSONPath in a parsed document. */
export type JsonReader = (document: unknown) => unknown[];

const PROBE = { a: [{ b: 1, c: "x" }, { b: 2 }], d: { e: "f" } };

/** What the lenient evaluator would silently accept: unbalanced brackets or quotes, a dangling `.` or `[`. */
function structuralProblem(path: string): string | undefined {
  const closers: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "[") closers.push("]");
    else if (c === "(") closers.push(")");
    else if (c === "]" || c === ")") {
      if (closers.pop() !== c) return `unexpected "${c}" at character ${i + 1}`;
    }
  }
  if (quote) return `unclosed ${quote} quote`;
  if (closers.length > 0) return `missing "${closers.at(-1)}"`;
  if (/(\.|\[)$/.test(path)) return "it ends in the middle of a step";
  return undefined;
}

const SIMPLE = /^\$(?:\.[A-Za-z_$][\w$-]*|\[\d+\])+$/;

/**
 * Compiles a JSONPath. A bare name (`access_token`) means `$.access_token`, as PTS accepts. Plain member
 * and index chains (`$.data.items[0].id`) become direct property reads — two orders of magnitude cheaper
 * than the general evaluator, which serves every other expression.
 * Throws with the expression and the reason when it cannot be parsed.
 */
export function compileJsonPath(expression: string): JsonReader {
  const trimmed = expression.trim();
  if (!trimmed) throw new Error("JSONPath is empty");
  const path = trimmed.startsWith("$") ? trimmed : `$.${trimmed}`;
  if (SIMPLE.test(path)) {
    const keys = [...path.slice(1).matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((m) =>
      m[1] !== undefined ? m[1] : Number(m[2]),
    );
    return (document) => {
      let node: unknown = document;
      for (const key of keys) {
        if (node === null || typeof node !== "object") return [];
        node = (node as Record<string | number, unknown>)[key];
      }
      return node === undefined ? [] : [node];
    };
  }
  const problem = structuralProblem(path);
  if (problem) throw new Error(`invalid JSONPath "${expression}": ${problem}`);
  try {
    // Filters are parsed only when evaluated, so run the path once over a small document that has arrays,
    // objects and values for them to reach.
    JSONPath({ path, json: PROBE, wrap: true });
  } catch (error) {
    throw new Error(`invalid JSONPath "${expression}": ${(error as Error).message}`);
  }
  return (document) => {
    if (document === null || typeof document !== "object") return [];
    return JSONPath({ path, json: document as object, wrap: true }) as unknown[];
  };
}
