import { compileSafeRegex, type TOutputParam } from "@stampede/contracts";
import { compileJsonPath } from "./json-path";

/** What an extractor may read of a response. The body is decoded only when an extractor needs it. */
export interface ResponseView {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bodyText(): string;
  bodyJson(): unknown;
}

/** Reads one output parameter; `undefined` when nothing matched (the caller applies the default). */
export type Extractor = (response: ResponseView) => string | undefined;

function pick(values: string[], match: TOutputParam["match"]): string | undefined {
  if (values.length === 0) return undefined;
  if (match === "all") return values.join(",");
  if (match === -1) return values[Math.floor(Math.random() * values.length)];
  return values[match];
}

const asText = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

function headerValues(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return [];
  return Array.isArray(raw) ? raw : [raw];
}

/** Compiles an output parameter definition; throws naming the parameter when its expression is bad. */
export function compileExtractor(output: TOutputParam): Extractor {
  const { match } = output;
  try {
    switch (output.source) {
      case "status":
        return (r) => String(r.status);
      case "header": {
        const name = output.expression.trim().toLowerCase();
        return (r) => pick(headerValues(r.headers[name]), match);
      }
      case "cookie": {
        const name = output.expression.trim();
        return (r) => {
          const values = headerValues(r.headers["set-cookie"])
            .map((c) => c.split(";", 1)[0]!)
            .filter((pair) => pair.slice(0, pair.indexOf("=")).trim() === name)
            .map((pair) => pair.slice(pair.indexOf("=") + 1).trim());
          return pick(values, match);
        };
      }
      case "body-text": {
        const regex = compileSafeRegex(output.expression);
        return (r) => pick(regex.values(r.bodyText()), match);
      }
      case "body-json": {
        const read = compileJsonPath(output.expression);
        return (r) => pick(read(r.bodyJson()).map(asText), match);
      }
    }
  } catch (error) {
    throw new Error(`output parameter "${output.name}": ${(error as Error).message}`);
  }
}
