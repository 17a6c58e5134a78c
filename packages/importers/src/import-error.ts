import { findJsonSyntaxError } from "./json-syntax";

/**
 * A file that cannot be read at all (not JSON, not a HAR, a cURL line with a bad quote). The message names where,
 * so a person can find it: `entry 3: request.url "x" is not an absolute URL`, `line 2: unterminated double quote`.
 * Entries and lines count from 1, as an editor shows them. Things inside a readable file that cannot be imported
 * are not errors: they become the preview's notes.
 */
export class ImportError extends Error {
  override readonly name = "ImportError";

  constructor(
    /** "file", "line 2", "entry 3", "log.entries", "line 4, column 7". */
    readonly where: string,
    /** What is wrong there. */
    readonly what: string,
  ) {
    super(`${where}: ${what}`);
  }
}

/** The 1-based line and column of a character offset, for messages. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** JSON.parse with an ImportError naming the line and column of a syntax error. */
export function parseJsonText(text: string): unknown {
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") throw new ImportError("file", "the file is empty");
  try {
    return JSON.parse(source) as unknown;
  } catch (err) {
    const problem = findJsonSyntaxError(source);
    if (!problem) throw new ImportError("file", `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    const { line, column } = lineAndColumn(source, problem.offset);
    throw new ImportError(`line ${line}, column ${column}`, `not valid JSON: ${problem.what}`);
  }
}
