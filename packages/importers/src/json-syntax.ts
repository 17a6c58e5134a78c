/**
 * Where a JSON text first breaks the grammar, and how. JSON.parse's own messages do not always carry a
 * position (V8 quotes a snippet instead), and a person fixing a 5 MB HAR needs the line and column.
 * Run only after JSON.parse has failed, so speed does not matter.
 */
export function findJsonSyntaxError(text: string): { offset: number; what: string } | undefined {
  let i = 0;
  const found = () => (i >= text.length ? "the end of the text" : JSON.stringify(text[i]));
  const fail = (expected: string): never => {
    throw new SyntaxProblem(i, `expected ${expected}, found ${found()}`);
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const string = () => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < " ") throw new SyntaxProblem(i, "a control character (a raw line break?) inside a string");
      if (c === "\\") {
        const e = text[i + 1] ?? "";
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if ('"\\/bfnrt'.includes(e) && e !== "") i += 2;
        else throw new SyntaxProblem(i, "a bad escape sequence in a string");
      } else i++;
    }
    throw new SyntaxProblem(text.length, "a string that is never closed");
  };
  const members = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (text[i] === ",") i++;
      else if (text[i] === close) return void i++;
      else fail(`',' or '${close}'`);
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{") {
      return members("}", () => {
        space();
        if (text[i] !== '"') fail("a property name in double quotes");
        string();
        space();
        if (text[i] !== ":") fail("':'");
        i++;
        value();
      });
    }
    if (c === "[") return members("]", value);
    if (c === '"') return string();
    const literal = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = i;
    if (literal.exec(text)) return void (i = literal.lastIndex);
    fail("a value");
  };
  try {
    value();
    space();
    if (i < text.length) fail("the end of the text after the JSON value");
    return undefined;
  } catch (err) {
    if (err instanceof SyntaxProblem) return { offset: err.offset, what: err.message };
    return undefined; // nested too deep to walk: the caller reports without a position
  }
}

class SyntaxProblem extends Error {
  constructor(
    readonly offset: number,
    what: string,
  ) {
    super(what);
  }
}
