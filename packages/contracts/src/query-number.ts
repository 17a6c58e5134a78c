import { z } from "zod";

/**
 * A number given in a URL query (`?minMs=250`). Coercing "abc" would tell the user it "received NaN"; this
 * names what was expected and what came. Range and integer rules go on the returned schema as usual.
 */
export function queryNumber(expected: string) {
  return z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value,
    z.number({
      error: (issue) =>
        issue.code === "invalid_type" ? `expected ${expected}, got "${String(issue.input)}"` : undefined,
    }),
  );
}
