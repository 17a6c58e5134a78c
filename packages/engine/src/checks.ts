import { compileSafeRegex, type SafeRegex, type TCheck } from "@stampede/contracts";
import type { ResponseView } from "./extract";
import { compileJsonPath } from "./json-path";
import type { Params, Template } from "./template";
import { compileTemplate } from "./template";

/** A compiled checkpoint: undefined when it passes, else a sentence saying what was found. */
export type CompiledCheck = (response: ResponseView, params: Params) => string | undefined;

/** Compiled `matches` patterns by source: most are fixed, and a templated one renders to few distinct values. */
const patterns = new Map<string, SafeRegex>();
const MAX_CACHED_PATTERNS = 1000;

function patternOf(source: string): SafeRegex {
  let regex = patterns.get(source);
  if (!regex) {
    regex = compileSafeRegex(source);
    if (patterns.size >= MAX_CACHED_PATTERNS) patterns.clear();
    patterns.set(source, regex);
  }
  return regex;
}

function compare(operator: TCheck["operator"], actual: string | undefined, expected: string): boolean {
  if (operator === "exists") return actual !== undefined;
  if (operator === "not_exists") return actual === undefined;
  if (actual === undefined) return false;
  const a = Number(actual);
  const e = Number(expected);
  const numeric = actual.trim() !== "" && expected.trim() !== "" && !Number.isNaN(a) && !Number.isNaN(e);
  switch (operator) {
    case "eq":
      return numeric ? a === e : actual === expected;
    case "ne":
      return numeric ? a !== e : actual !== expected;
    case "lt":
      return numeric && a < e;
    case "lte":
      return numeric && a <= e;
    case "gt":
      return numeric && a > e;
    case "gte":
      return numeric && a >= e;
    case "contains":
      return actual.includes(expected);
    case "not_contains":
      return !actual.includes(expected);
    case "matches":
      return patternOf(expected).test(actual);
  }
}

const asText = (v: unknown) => (v === undefined ? undefined : typeof v === "string" ? v : JSON.stringify(v));

function reader(check: TCheck): (response: ResponseView, params: Params) => string | undefined {
  switch (check.source) {
    case "status":
      return (r) => String(r.status);
    case "header": {
      const name = check.expression.trim().toLowerCase();
      return (r) => {
        const v = r.headers[name];
        return Array.isArray(v) ? v.join(", ") : v;
      };
    }
    case "body-text":
      return (r) => r.bodyText();
    case "body-json": {
      const read = compileJsonPath(check.expression);
      return (r) => asText(read(r.bodyJson())[0]);
    }
    case "output": {
      const name = check.expression.trim();
      return (_r, params) => params[name];
    }
  }
}

/** Compiles a checkpoint; throws with the reason when its JSONPath or regex is invalid. */
export function compileCheck(check: TCheck): CompiledCheck {
  const read = reader(check);
  // Refuse a bad regex now, not per request; references stand for plain text until they are rendered.
  if (check.operator === "matches") compileSafeRegex(check.value.replace(/\$\{[^}]*\}/g, "x"));
  const expected: Template = compileTemplate(check.value);
  const what =
    check.source === "status" || check.source === "body-text" ? check.source : `${check.source} ${check.expression}`;
  return (response, params) => {
    const actual = read(response, params);
    const value = expected.render(params);
    if (compare(check.operator, actual, value)) return undefined;
    const shown =
      actual === undefined ? "nothing" : JSON.stringify(actual.length > 200 ? `${actual.slice(0, 200)}…` : actual);
    return `${what} ${check.operator} ${JSON.stringify(value)}: found ${shown}`;
  };
}

/** True when a check reads the response body (so the body's bytes must be kept). */
export function checkReadsBody(check: TCheck): boolean {
  return check.source === "body-json" || check.source === "body-text";
}
