/** Where a JSON text first goes wrong, and what was expected there. */
export interface TJsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

/**
 * Finds the first syntax error in a text JSON.parse rejected. V8's own messages carry a position only for some
 * errors (and Node 20 omits line and column), so this scans the text itself: a small recursive descent that
 * validates without building values. Line and column are 1-based, as editors count them.
 */
export function locateJsonError(text: string): TJsonSyntaxError {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    if (scanner.pos < text.length) scanner.fail("unexpected text after the JSON value");
    return { ...lineColumn(text, text.length), message: "invalid JSON" };
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { ...lineColumn(text, error.offset), message: error.message };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const LITERALS = ["true", "false", "null"];
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new ScanError(at, message);
  }

  skipSpace() {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? "")) this.pos++;
  }

  private describeHere(): string {
    const ch = this.text[this.pos];
    return ch === undefined ? "the end of the file" : `"${ch}"`;
  }

  value(): void {
    const ch = this.text[this.pos];
    if (ch === "{") return this.object();
    if (ch === "[") return this.array();
    if (ch === '"') return this.string();
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return this.number();
    const literal = LITERALS.find((l) => this.text.startsWith(l, this.pos));
    if (literal) {
      this.pos += literal.length;
      return;
    }
    this.fail(`expected a value but found ${this.describeHere()}`);
  }

  private object() {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "}") return void this.pos++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') {
        this.fail(`expected a property name in double quotes but found ${this.describeHere()}`);
      }
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ":")
        this.fail(`expected ":" after the property name but found ${this.describeHere()}`);
      this.pos++;
      this.skipSpace();
      this.value();
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === "}") return void this.pos++;
      if (next !== ",") this.fail(`expected "," or "}" after a property value but found ${this.describeHere()}`);
      this.pos++;
    }
  }

  private array() {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "]") return void this.pos++;
    for (;;) {
      this.skipSpace();
      this.value();
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === "]") return void this.pos++;
      if (next !== ",") this.fail(`expected "," or "]" after an array element but found ${this.describeHere()}`);
      this.pos++;
    }
  }

  private string() {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail("unterminated string", start);
      if (ch === '"') return void this.pos++;
      if (ch < " ") this.fail("control character (a raw newline or tab?) inside a string; escape it as \\n or \\t");
      if (ch === "\\") {
        const esc = this.text[this.pos + 1];
        if (esc === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.pos += 6;
        else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) this.pos += 2;
        else this.fail("invalid escape in a string");
      } else this.pos++;
    }
  }

  private number() {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail(`invalid number`);
    this.pos += match[0].length;
  }
}
