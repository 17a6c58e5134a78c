import { ZCheck, type TCheck } from "@stampede/contracts";
import type { Rules } from "./extractors";
import { collection, describe, prop, type XmlElement } from "./xml";

// Assertion.test_type is a bit set (JMeter's ResponseAssertion constants).
const MATCH = 1;
const CONTAINS = 2;
const NOT = 4;
const EQUALS = 8;
const SUBSTRING = 16;
const OR = 32;

/** JMeter's "matches" is a whole-string match; Stampede's finds the pattern anywhere. */
const whole = (pattern: string) => `^(?:${pattern})$`;

function check(source: "status" | "body-text", type: number, value: string): TCheck | undefined {
  const not = (type & NOT) !== 0;
  if (type & EQUALS) return { source, expression: "", operator: not ? "ne" : "eq", value };
  if (type & SUBSTRING) return { source, expression: "", operator: not ? "not_contains" : "contains", value };
  // CONTAINS and MATCH take a regular expression; there is no "does not match" checkpoint.
  if (not) return undefined;
  if (type & CONTAINS) return { source, expression: "", operator: "matches", value };
  if (type & MATCH) return { source, expression: "", operator: "matches", value: whole(value) };
  return undefined;
}

/** Response Assertion on the status code or the body → checkpoints; other fields, OR and NOT-matches are noted. */
export function readResponseAssertion(element: XmlElement): Rules<TCheck> {
  const field = prop(element, "Assertion.test_field") ?? "Assertion.response_data";
  const type = Number(prop(element, "Assertion.test_type") ?? "2");
  const strings = collection(element, "Asserion.test_strings").map((s) => s.text);
  const source = field === "Assertion.response_code" ? "status" : /response_data/.test(field) ? "body-text" : undefined;
  if (!source)
    return { items: [], notes: [`${describe(element)}: testing ${field.replace("Assertion.", "")} is not imported`] };
  if (type & OR && strings.length > 1) {
    return { items: [], notes: [`${describe(element)}: "match any" (OR) of several patterns is not imported`] };
  }
  const items: TCheck[] = [];
  const notes: string[] = [];
  for (const value of strings) {
    const made = check(source, type, value);
    const parsed = made ? ZCheck.safeParse(made) : undefined;
    if (parsed?.success) items.push(parsed.data);
    else {
      const why = parsed ? parsed.error.issues[0]?.message : "this kind of test is not supported";
      notes.push(`${describe(element)}: "${value}" not imported (${why})`);
    }
  }
  return { items, notes };
}
