import { DATA_SOURCE_PREVIEW_ROWS } from "@stampede/contracts";
import Papa from "papaparse";
import {
  checkHeader,
  CSV_PARSE_CONFIG,
  CsvError,
  firstInvalidUtf8,
  isBlank,
  NUL_REASON,
  quoteReason,
  stripRowEndCr,
  widthReason,
} from "./csv-table";

/** What an upload keeps of a file it validated: no rows beyond the preview. */
export interface CsvSummary {
  header: string[];
  /** Data rows (the header line not counted). */
  rowCount: number;
  /** The first data rows, for the console's preview. */
  preview: string[][];
}

/** Text is parsed in pieces of at least this many characters (tests lower it to parse at every cut). */
const MIN_PARSE_CHARS = 1024 * 1024;

const countNewlines = (text: string, end = text.length) => {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < end; at = text.indexOf("\n", at + 1)) count++;
  return count;
};

const newlinesInRow = (row: string[]) => row.reduce((sum, field) => sum + countNewlines(field), 0);

/**
 * Validates a CSV file as it streams in, with the rules and the messages of parseCsvTable (a run's reading):
 * UTF-8 without NUL, quotes closed, a header without empty or repeated names, every row as wide as the first,
 * one trailing blank line allowed. It keeps only the header, a count and the preview, so a 100 MB file costs
 * a few MB however many rows it has. The same parser reads the text; it is fed whole lines, and a row still
 * open at a cut (a quoted field spanning lines) is carried over to the next feed.
 * A file with several problems may be refused for a later line than parseCsvTable names (this reads in order).
 */
export class CsvStreamInspector {
  private readonly parser = new Papa.Parser(CSV_PARSE_CONFIG);
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  /** Bytes of a UTF-8 sequence cut at the end of the last chunk. */
  private carryBytes = new Uint8Array(0);
  private bytesSeen = 0;
  /** Line breaks in the bytes decoded so far (for the line of a decoding error). */
  private newlinesDecoded = 0;
  /** Text not parsed yet; it starts at a row's start. */
  private pending = "";
  /** Length of the text a parse left over (a row still open). */
  private carried = 0;
  /** The file line `pending` starts on. */
  private pendingLine = 1;
  private first = true;
  private sawContent = false;
  /** Blank rows held back: the file may end in them, which is allowed. */
  private held: Array<{ row: string[]; line: number }> = [];
  private rowsSeen = 0;
  private header: string[] | undefined;
  private rowCount = 0;
  private readonly preview: string[][] = [];

  constructor(
    private readonly name: string,
    private readonly options: { firstLineIsHeader: boolean; minParseChars?: number },
  ) {}

  /** Feeds the next bytes of the file; throws CsvError for the first problem found. */
  push(chunk: Uint8Array): void {
    const bytes = this.carryBytes.length ? concat(this.carryBytes, chunk) : chunk;
    const cut = utf8Boundary(bytes);
    this.carryBytes = bytes.slice(cut);
    this.appendText(this.decode(bytes.subarray(0, cut)));
    // Re-parse a carried row only once the text has doubled: a row longer than a chunk stays linear work.
    if (this.pending.length >= Math.max(this.options.minParseChars ?? MIN_PARSE_CHARS, 2 * this.carried))
      this.parseWholeLines();
  }

  /** Ends the file: parses what is left and returns the summary, or throws CsvError. */
  finish(): CsvSummary {
    if (this.carryBytes.length > 0) this.decode(this.carryBytes); // throws: the file ends inside a character
    if (!this.sawContent) throw new CsvError(this.name, 1, "the file is empty");
    // Parsed whole, text ending in a line break has one more, empty, row; the last cut left it unparsed.
    if (this.pending === "") this.row([""], this.pendingLine);
    else this.parse(this.pending, false);
    this.pending = "";
    // The line break that ends the last line leaves one empty row; a blank line after it leaves another.
    if (isBlank(this.held.at(-1)?.row)) {
      this.held.pop();
      this.rowsSeen--;
    }
    if (isBlank(this.held.at(-1)?.row) && this.rowsSeen > 1) this.held.pop();
    for (const { row, line } of this.held) this.take(row, line);
    if (this.options.firstLineIsHeader && this.rowCount === 0) {
      throw new CsvError(this.name, 2, "the file has a header line but no data rows");
    }
    return { header: this.header!, rowCount: this.rowCount, preview: this.preview };
  }

  private decode(bytes: Uint8Array): string {
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      const offset = firstInvalidUtf8(bytes);
      let line = this.newlinesDecoded + 1;
      for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
      const at = this.bytesSeen + offset;
      throw new CsvError(this.name, line, `not valid UTF-8 (byte offset ${at}); save the file as UTF-8`);
    }
    this.bytesSeen += bytes.byteLength;
    return text;
  }

  private appendText(decoded: string): void {
    let text = decoded;
    if (this.first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.first = false;
    }
    const nul = text.indexOf("\0");
    if (nul !== -1) throw new CsvError(this.name, this.newlinesDecoded + 1 + countNewlines(text, nul), NUL_REASON);
    this.newlinesDecoded += countNewlines(text);
    if (!this.sawContent && !/^[\r\n]*$/.test(text)) this.sawContent = true;
    this.pending += text;
  }

  /** Parses up to the last line break: the parser then never sees a field cut short by the chunk's end. */
  private parseWholeLines(): void {
    const end = this.pending.lastIndexOf("\n") + 1;
    if (end === 0) return;
    const consumed = this.parse(this.pending.slice(0, end), true);
    this.pending = this.pending.slice(consumed);
    this.carried = this.pending.length;
  }

  /** Parses `text` (from a row's start); returns how much of it whole rows took. */
  private parse(text: string, moreToCome: boolean): number {
    if (text === "") return 0;
    const result = this.parser.parse(text, 0, moreToCome) as Papa.ParseResult<string[]>;
    const quoteError = result.errors.find((e) => e.type === "Quotes");
    if (quoteError) {
      const line = this.pendingLine + countNewlines(text, quoteError.index ?? 0);
      throw new CsvError(this.name, line, quoteReason(quoteError.code));
    }
    for (const row of result.data) {
      stripRowEndCr(row);
      this.row(row, this.pendingLine);
      this.pendingLine += 1 + newlinesInRow(row);
    }
    return moreToCome ? result.meta.cursor : text.length;
  }

  private row(row: string[], line: number): void {
    this.rowsSeen++;
    if (isBlank(row)) {
      this.held.push({ row, line });
      if (this.held.length > 2) this.release(this.held.length - 2);
      return;
    }
    this.release(this.held.length);
    this.take(row, line);
  }

  private release(count: number): void {
    for (const { row, line } of this.held.splice(0, count)) this.take(row, line);
  }

  /** A row that is part of the file for sure: the header, or a data row checked against its width. */
  private take(row: string[], line: number): void {
    if (this.header === undefined) {
      if (this.options.firstLineIsHeader) {
        checkHeader(this.name, row);
        this.header = row;
        return;
      }
      this.header = Array.from({ length: row.length }, (_, i) => `col${i + 1}`);
    }
    if (row.length !== this.header.length) throw new CsvError(this.name, line, widthReason(this.header.length, row));
    this.rowCount++;
    if (this.preview.length < DATA_SOURCE_PREVIEW_ROWS) this.preview.push(row);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.byteLength + b.byteLength);
  joined.set(a);
  joined.set(b, a.byteLength);
  return joined;
}

/** Where the last whole UTF-8 character of `bytes` ends (a sequence cut by the chunk's end waits for the next). */
function utf8Boundary(bytes: Uint8Array): number {
  const end = bytes.byteLength;
  for (let back = 1; back <= Math.min(3, end); back++) {
    const b = bytes[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}
