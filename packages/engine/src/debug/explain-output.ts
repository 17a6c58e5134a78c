import { compileSafeRegex, type TDebugOutput, type TOutputParam } from "@stampede/contracts";
import type { ResponseView } from "../extract";
import { compileJsonPath } from "../json-path";
import { excerpt } from "./capture";

const jsonPathOf = (expression: string) => {
  const trimmed = expression.trim();
  return trimmed.startsWith("$") ? trimmed : `$.${trimmed}`;
};

const bodyShown = (view: ResponseView) => {
  const text = view.bodyText();
  return text === "" ? "the body was empty" : `the body was ${excerpt(text)}`;
};

const headerValues = (raw: string | string[] | undefined) =>
  raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];

/** What the expression looked at, how many values it found there, and what that place held. */
function inspect(output: TOutputParam, view: ResponseView): { what: string; found: number; context: string } {
  switch (output.source) {
    case "body-json": {
      const what = `JSONPath ${jsonPathOf(output.expression)}`;
      if (view.bodyText() === "") return { what, found: 0, context: "the body was empty" };
      const document = view.bodyJson();
      if (document === undefined) return { what, found: 0, context: `the body is not JSON; ${bodyShown(view)}` };
      return { what, found: compileJsonPath(output.expression)(document).length, context: bodyShown(view) };
    }
    case "body-text": {
      const what = `regex /${output.expression}/ on the body`;
      return {
        what,
        found: compileSafeRegex(output.expression).values(view.bodyText()).length,
        context: bodyShown(view),
      };
    }
    case "header": {
      const name = output.expression.trim().toLowerCase();
      const names = Object.keys(view.headers);
      return {
        what: `header "${name}"`,
        found: headerValues(view.headers[name]).length,
        context: `the response headers were ${names.length ? names.join(", ") : "none"}`,
      };
    }
    case "cookie": {
      const name = output.expression.trim();
      const pairs = headerValues(view.headers["set-cookie"]).map((c) => c.split(";", 1)[0]!);
      const names = pairs.map((p) => p.slice(0, p.indexOf("=")).trim());
      return {
        what: `cookie "${name}" in Set-Cookie`,
        found: names.filter((n) => n === name).length,
        context: names.length ? `the response set ${names.join(", ")}` : "the response set no cookies",
      };
    }
    case "status":
      return { what: "the status", found: 1, context: `the status was ${view.status}` };
  }
}

/** Why an output parameter came out empty, in one sentence a person can act on. */
export function explainEmptyOutput(output: TOutputParam, view: ResponseView): string {
  const { what, found, context } = inspect(output, view);
  if (found === 0) return `${what} matched nothing; ${context}`;
  return `${what} matched ${found} value${found === 1 ? "" : "s"}, but match ${output.match} asks for one that is not there (0 is the first, -1 a random one); ${context}`;
}

/**
 * An output parameter as the run extracted it (`found`, before any default), and why it is empty when it
 * is: the explanation re-reads the response; the value is the run's own.
 */
export function describeOutput(output: TOutputParam, found: string | undefined, view: ResponseView): TDebugOutput {
  const base = { name: output.name, source: output.source, expression: output.expression };
  if (found !== undefined) return { ...base, value: found, usedDefault: false };
  const explanation = explainEmptyOutput(output, view);
  if (output.defaultValue === undefined) return { ...base, usedDefault: false, explanation };
  return {
    ...base,
    value: output.defaultValue,
    usedDefault: true,
    explanation: `${explanation}; the default ${JSON.stringify(output.defaultValue)} was used`,
  };
}

/** An output parameter of a request that got no response. */
export function unansweredOutput(output: TOutputParam, reason: string): TDebugOutput {
  return {
    name: output.name,
    source: output.source,
    expression: output.expression,
    usedDefault: false,
    explanation: `not extracted: ${reason}`,
  };
}
