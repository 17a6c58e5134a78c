import Papa from "papaparse";

/** A parsed CSV file: parameter names and rows, stored once and shared read-only by every VU. */
export interface DataTable {
  name: string;
  /** Names from the first line, or `col1..colN` when the file has no header line. */
  header: string[];
  rows: string[][];
}

/** A CSV file the engine refuses, located by file line (1-based, the header line counts). */
export class CsvError extends Error {
  override readonly name = "CsvError";
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
    readonly column?: number,
  ) {
    super(`${file} line ${line}${column === undefined ? "" : `, column ${column}`}: ${reason}`);
  }
}

/**
 * Parses a whole CSV file (comma-separated, RFC 4180 quoting) into a table. Bytes must be UTF-8;
 * a BOM is dropped, \n and \r\n both end lines, fields are kept verbatim. The file may end in one blank line
 * (most tools write one); a blank line elsewhere is a row like any other (an error unless the file has one column).
 * A NUL byte is refused: no API takes it in a URL or header, and it means the file is binary or UTF-16.
 */
export function parseCsvTable(
  name: string,
  content: string | Uint8Array,
  options: { firstLineIsHeader: boolean },
): DataTable {
  let text = typeof content === "string" ? content : decodeUtf8(name, content);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/^[\r\n]*$/.test(text)) throw new CsvError(name, 1, "the file is empty");
  const nul = text.indexOf("\0");
  if (nul !== -1) throw new CsvError(name, lineAtOffset(text, nul), NUL_REASON);

  // Split at \n only, so a file mixing \n and \r\n lines (two files concatenated) still parses; see stripLineEndCr.
  const parsed = Papa.parse<string[]>(text, CSV_PARSE_CONFIG);
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) {
    const line = quoteError.index !== undefined ? lineAtOffset(text, quoteError.index) : 1;
    throw new CsvError(name, line, quoteReason(quoteError.code));
  }

  const rows = parsed.data;
  stripLineEndCr(rows);
  // The line break that ends the last line leaves one empty row; a blank line after it leaves another.
  if (isBlank(rows[rows.length - 1])) rows.pop();
  if (isBlank(rows[rows.length - 1]) && rows.length > 1) rows.pop();

  let header: string[];
  if (options.firstLineIsHeader) {
    header = rows.shift()!;
    checkHeader(name, header);
    if (rows.length === 0) throw new CsvError(name, 2, "the file has a header line but no data rows");
  } else {
    header = Array.from({ length: rows[0]!.length }, (_, i) => `col${i + 1}`);
  }
  checkWidths(name, header.length, rows, options.firstLineIsHeader ? 1 : 0);
  return { name, header, rows };
}

/** Why a file with a NUL byte is refused. */
export const NUL_REASON = "contains a NUL byte (\\0): not a text file, or not UTF-8 (UTF-16?); save it as UTF-8 text";

/** The parser's options: a file is read the same whole (a run) and streamed (an upload). */
export const CSV_PARSE_CONFIG = { delimiter: ",", newline: "\n", header: false, skipEmptyLines: false } as const;

/** Why the parser's quote error refuses a file. */
export function quoteReason(code: string): string {
  return code === "MissingQuotes"
    ? "a quoted field is never closed"
    : "malformed quotes: a closing quote must be followed by a comma or the end of the line";
}

/** A row that is one empty field: a blank line. */
export function isBlank(row: string[] | undefined): boolean {
  return row !== undefined && row.length === 1 && row[0] === "";
}

/** A \r left at the end of a line belongs to its \r\n line break (papaparse already drops it after a closing quote). */
function stripLineEndCr(rows: string[][]): void {
  for (const row of rows) stripRowEndCr(row);
}

/** Drops the \r of one row's \r\n line break. */
export function stripRowEndCr(row: string[]): void {
  const last = row.length - 1;
  const field = row[last]!;
  if (field.charCodeAt(field.length - 1) === 13) row[last] = field.slice(0, -1);
}

/** Refuses an empty or duplicate column name (line 1). */
export function checkHeader(file: string, header: string[]): void {
  const seen = new Map<string, number>();
  header.forEach((column, i) => {
    if (column.trim() === "") throw new CsvError(file, 1, "empty column name in the header", i + 1);
    const first = seen.get(column);
    if (first !== undefined) {
      throw new CsvError(file, 1, `duplicate column name "${column}" (also column ${first})`, i + 1);
    }
    seen.set(column, i + 1);
  });
}

/** Every row has as many fields as the header (or, without one, the first row). */
function checkWidths(file: string, width: number, rows: string[][], linesBefore: number): void {
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.length === width) continue;
    throw new CsvError(file, linesBefore + lineOfRow(rows, i), widthReason(width, rows[i]!));
  }
}

/** Why a row of the wrong width is refused. */
export function widthReason(width: number, row: string[]): string {
  return row.length === 1 && row[0] === ""
    ? `empty line (expected ${width} fields)`
    : `expected ${width} field${width === 1 ? "" : "s"}, found ${row.length}`;
}

/** Only computed on error: quoted fields may span lines, so a row's line counts the line breaks inside them. */
function lineOfRow(rows: string[][], index: number): number {
  let line = 1 + index;
  for (let r = 0; r < index; r++) {
    for (const field of rows[r]!) {
      for (let at = field.indexOf("\n"); at !== -1; at = field.indexOf("\n", at + 1)) line++;
    }
  }
  return line;
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // TextDecoder does not say where; find the first bad byte ourselves (only on this error path).
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    throw new CsvError(file, line, `not valid UTF-8 (byte offset ${offset}); save the file as UTF-8`);
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode Table 3-7). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
