import { dereference, validate, type ParserOptions } from "@readme/openapi-parser";
import { ImportError } from "../import-error";
import { locateValidationError } from "./locate-error";
import type { SourceDocument } from "./read-document";

/** Only `$ref`s inside the document are followed: an import never reads files or fetches URLs. */
const OPTIONS: ParserOptions = {
  resolve: { external: false, file: false },
  dereference: { circular: "ignore" },
  validate: { errors: { colorize: false } },
};

/** Validates the document (an ImportError naming line and path if it is invalid) and returns it dereferenced. */
export async function validateDocument(source: SourceDocument): Promise<Record<string, unknown>> {
  // The parser works on the object it is given; each call gets its own copy.
  const result = await validate(structuredClone(source.value) as never, OPTIONS);
  if (!result.valid) {
    const [first] = result.errors;
    const message = first?.message ?? "invalid document";
    const extra = result.errors.length - 1 + result.additionalErrors;
    const summary = message.split("\n")[0]!.replace(/^[A-Z_]+ /, "");
    throw new ImportError(
      locateValidationError(source, message),
      `invalid document: ${summary}${extra > 0 ? ` (and ${extra} more)` : ""}`,
    );
  }
  try {
    return (await dereference(structuredClone(source.value) as never, OPTIONS)) as Record<string, unknown>;
  } catch (error) {
    throw new ImportError("document", `a $ref cannot be resolved: ${(error as Error).message}`);
  }
}
