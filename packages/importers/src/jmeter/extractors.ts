import { ZOutputParam, type TOutputParam } from "@stampede/contracts";
import { describe, prop, type XmlElement } from "./xml";

/** What an element adds to its requests, and what of it could not be carried over. */
export type Rules<T> = { items: T[]; notes: string[] };

/** JMeter numbers matches from 1 (0 random, -1 all); Stampede from 0 (-1 random, "all"). */
function matchOf(raw: string | undefined): TOutputParam["match"] {
  const n = Number((raw ?? "").trim() || "0");
  if (n === -1) return "all";
  if (!Number.isInteger(n) || n === 0) return -1;
  return n - 1;
}

/** A parsed output parameter, or the reason the schema refuses it (a bad name, a pattern the engine cannot run). */
function valid(output: TOutputParam, element: XmlElement, notes: string[]): TOutputParam | undefined {
  const parsed = ZOutputParam.safeParse(output);
  if (parsed.success) return parsed.data;
  notes.push(`${describe(element)}: "${output.name}" not imported (${parsed.error.issues[0]?.message})`);
  return undefined;
}

/** JSON Extractor: one output per `;`-separated name, JSONPath, match number and default. */
export function readJsonExtractor(element: XmlElement): Rules<TOutputParam> {
  const split = (name: string) => (prop(element, name) ?? "").split(";");
  const names = split("JSONPostProcessor.referenceNames");
  const paths = split("JSONPostProcessor.jsonPathExprs");
  const matches = split("JSONPostProcessor.match_numbers");
  const defaults = split("JSONPostProcessor.defaultValues");
  const notes: string[] = [];
  const items = names
    .map((raw, i) => {
      const name = raw.trim();
      if (!name) return undefined;
      const defaultValue = defaults[i] ?? "";
      const output: TOutputParam = {
        name,
        source: "body-json",
        expression: (paths[i] ?? "").trim(),
        match: matchOf(matches[i]),
        ...(defaultValue ? { defaultValue } : {}),
      };
      return valid(output, element, notes);
    })
    .filter((o): o is TOutputParam => o !== undefined);
  return { items, notes };
}

/** Regular Expression Extractor on the body with the template $1$; other fields and templates are noted. */
export function readRegexExtractor(element: XmlElement): Rules<TOutputParam> {
  const name = (prop(element, "RegexExtractor.refname") ?? "").trim();
  const field = (prop(element, "RegexExtractor.useHeaders") ?? "false").trim();
  const template = (prop(element, "RegexExtractor.template") ?? "$1$").trim();
  if (field !== "false" && field !== "") {
    return { items: [], notes: [`${describe(element)}: extracting from "${field}" is not imported (body only)`] };
  }
  if (template !== "$1$") {
    return { items: [], notes: [`${describe(element)}: template ${template} is not imported (only $1$)`] };
  }
  const notes: string[] = [];
  const defaultValue = prop(element, "RegexExtractor.default") ?? "";
  const output = valid(
    {
      name,
      source: "body-text",
      expression: prop(element, "RegexExtractor.regex") ?? "",
      match: matchOf(prop(element, "RegexExtractor.match_number")),
      ...(defaultValue ? { defaultValue } : {}),
    },
    element,
    notes,
  );
  return { items: output ? [output] : [], notes };
}
