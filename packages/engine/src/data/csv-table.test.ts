import { describe, expect, it } from "vitest";
import { CsvError, parseCsvTable } from "./csv-table";

const withHeader = { firstLineIsHeader: true };
const noHeader = { firstLineIsHeader: false };

/** The CsvError a parse throws (fails the test when it does not throw one). */
function csvError(content: string | Uint8Array, options = withHeader, name = "token.csv"): CsvError {
  try {
    parseCsvTable(name, content, options);
  } catch (e) {
    if (e instanceof CsvError) return e;
    throw e;
  }
  throw new Error("expected a CsvError");
}

describe("parseCsvTable", () => {
  it("takes parameter names from the header line, or names columns col1..colN without one", () => {
    const content = "user,token\nalice,t1\nbob,t2\n";
    expect(parseCsvTable("a.csv", content, withHeader)).toEqual({
      name: "a.csv",
      header: ["user", "token"],
      rows: [
        ["alice", "t1"],
        ["bob", "t2"],
      ],
    });
    const bare = parseCsvTable("a.csv", content, noHeader);
    expect(bare.header).toEqual(["col1", "col2"]);
    expect(bare.rows).toEqual([
      ["user", "token"],
      ["alice", "t1"],
      ["bob", "t2"],
    ]);
  });

  it("reads quoted fields holding commas, line breaks and doubled quotes, and trims nothing", () => {
    const content = 'id,note\n1,"a, b"\n2,"line one\nline two"\n3,"say ""hi"""\n4, padded \n';
    expect(parseCsvTable("q.csv", content, withHeader).rows).toEqual([
      ["1", "a, b"],
      ["2", "line one\nline two"],
      ["3", 'say "hi"'],
      ["4", " padded "],
    ]);
  });

  it("accepts CRLF line endings, a BOM, and a file without a final line break", () => {
    const expected = [
      ["1", "x"],
      ["2", "y"],
    ];
    expect(parseCsvTable("c.csv", "id,v\r\n1,x\r\n2,y\r\n", withHeader).rows).toEqual(expected);
    expect(parseCsvTable("c.csv", "\uFEFFid,v\n1,x\n2,y", withHeader).header).toEqual(["id", "v"]);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("id,v\r\n1,x\r\n2,y\r\n")]);
    const fromBytes = parseCsvTable("c.csv", bytes, withHeader);
    expect(fromBytes.header).toEqual(["id", "v"]);
    expect(fromBytes.rows).toEqual(expected);
  });

  it("accepts a file mixing \\n and \\r\\n lines, keeping a line break inside a quoted field as written", () => {
    const content = 'id,v\r\n1,x\n2,"y\r\nz"\r\n3,"w"\r\n';
    expect(parseCsvTable("m.csv", content, withHeader)).toMatchObject({
      header: ["id", "v"],
      rows: [
        ["1", "x"],
        ["2", "y\r\nz"],
        ["3", "w"],
      ],
    });
    expect(parseCsvTable("m.csv", "t\r\na\nb\r\n", withHeader).rows).toEqual([["a"], ["b"]]);
  });

  it("decodes UTF-8 bytes, including multi-byte characters", () => {
    const bytes = new TextEncoder().encode("name,city\n张三,北京\nJosé,São Paulo 🚀\n");
    expect(parseCsvTable("u.csv", bytes, withHeader).rows).toEqual([
      ["张三", "北京"],
      ["José", "São Paulo 🚀"],
    ]);
  });

  it("accepts a file that ends in one blank line, with \\n or \\r\\n line breaks", () => {
    const rows = [
      ["1", "2"],
      ["3", "4"],
    ];
    expect(parseCsvTable("t.csv", "a,b\n1,2\n3,4\n\n", withHeader).rows).toEqual(rows);
    expect(parseCsvTable("t.csv", "a,b\r\n1,2\r\n3,4\r\n\r\n", withHeader).rows).toEqual(rows);
    expect(parseCsvTable("t.csv", "1,2\n3,4\n\n", noHeader).rows).toEqual(rows);
    // In a one-column file too the final blank line is the tool's, not an empty value.
    expect(parseCsvTable("t.csv", "token\na\n\n", withHeader).rows).toEqual([["a"]]);
    // Two blank lines at the end are one too many: the first is reported.
    expect(csvError("a,b\n1,2\n\n\n").message).toBe("token.csv line 3: empty line (expected 2 fields)");
  });

  it("refuses a blank line in the middle, but keeps a single-column file's empty values", () => {
    expect(csvError("a,b\n1,2\n\n3,4\n").message).toBe("token.csv line 3: empty line (expected 2 fields)");
    expect(csvError("a,b\r\n1,2\r\n\r\n3,4\r\n\r\n").line).toBe(3);
    expect(parseCsvTable("t.csv", "token\na\n\nb\n", withHeader).rows).toEqual([["a"], [""], ["b"]]);
  });

  it("refuses a NUL byte, naming its line, even inside a quoted field", () => {
    const err = csvError("token,n\nabc,1\nde\0f,2\n");
    expect(err).toMatchObject({ line: 3 });
    expect(err.message).toMatch(/^token\.csv line 3: contains a NUL byte/);
    expect(csvError('a,b\n1,"x\ny\0"\n').line).toBe(3);
    // UTF-16 text (a NUL after every ASCII character) is refused on its first line.
    const utf16 = new Uint8Array([...new TextEncoder().encode("a,b\n")].flatMap((b) => [b, 0]));
    expect(csvError(utf16).line).toBe(1);
  });

  it("refuses a row with a different number of fields, naming its line", () => {
    const content = "a,b,c\n" + "1,2,3\n".repeat(5) + "1,2\n";
    const err = csvError(content);
    expect(err.message).toBe("token.csv line 7: expected 3 fields, found 2");
    expect(err).toMatchObject({ file: "token.csv", line: 7, column: undefined });
    expect(csvError("1,2\n1,2,3\n", noHeader).message).toBe("token.csv line 2: expected 2 fields, found 3");
  });

  it("counts line breaks inside quoted fields when it locates a bad row", () => {
    const content = 'a,b\n1,"x\ny\nz"\n2,3\n4\n';
    expect(csvError(content).message).toBe("token.csv line 6: expected 2 fields, found 1");
    expect(csvError('1,"x\r\ny"\r\n2\r\n', noHeader).message).toBe("token.csv line 3: expected 2 fields, found 1");
  });

  it("refuses an unterminated quote and a malformed one at the line where the field starts", () => {
    expect(csvError('a,b\n1,2\n3,"never closed\n4,5\n').message).toBe(
      "token.csv line 3: a quoted field is never closed",
    );
    expect(csvError('a,b\n1,"x\ny"\n"ab"c,3\n').message).toMatch(/^token\.csv line 4: malformed quotes/);
    expect(csvError('a,b\n1,2\n3,"4\n').line).toBe(3);
  });

  it("refuses an empty file and a header without data rows", () => {
    expect(csvError("").message).toBe("token.csv line 1: the file is empty");
    expect(csvError("\uFEFF\r\n\n", noHeader).message).toBe("token.csv line 1: the file is empty");
    expect(csvError(new Uint8Array()).line).toBe(1);
    expect(csvError("user,token\n").message).toBe("token.csv line 2: the file has a header line but no data rows");
    expect(() => parseCsvTable("t.csv", "user,token\n", noHeader)).not.toThrow();
  });

  it("refuses empty and duplicate header names, naming the column", () => {
    const empty = csvError("user,,token\n1,2,3\n");
    expect(empty.message).toBe("token.csv line 1, column 2: empty column name in the header");
    expect(empty.column).toBe(2);
    const dup = csvError("user,token,user\n1,2,3\n");
    expect(dup.message).toBe('token.csv line 1, column 3: duplicate column name "user" (also column 1)');
    expect(dup.column).toBe(3);
    // Without a header line the same first row is data.
    expect(parseCsvTable("t.csv", "user,,user\n1,2,3\n", noHeader).rows).toHaveLength(2);
  });

  it("refuses bytes that are not UTF-8, saying the byte offset and line", () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("name\nok\n"), 0x4a, 0x6f, 0x73, 0xe9, 0x0a]);
    const err = csvError(latin1);
    expect(err.message).toBe("token.csv line 3: not valid UTF-8 (byte offset 11); save the file as UTF-8");
    // An overlong encoding of "/" and an encoded surrogate are not UTF-8 either.
    expect(csvError(new Uint8Array([0x61, 0x0a, 0xc0, 0xaf])).message).toMatch(/line 2: .*byte offset 2\)/);
    expect(csvError(new Uint8Array([0x61, 0x0a, 0x62, 0xed, 0xa0, 0x80])).message).toMatch(/byte offset 3\)/);
    expect(csvError(new Uint8Array([0x61, 0x0a, 0xe0, 0x80, 0xaf])).message).toMatch(/byte offset 2\)/);
    // A sequence cut short by the end of the file.
    expect(csvError(new Uint8Array([0x61, 0x0a, 0xe5, 0xbc])).message).toMatch(/byte offset 2\)/);
  });

  it("parses a large file in one pass", () => {
    const lines = ["id,token,phone"];
    for (let i = 0; i < 100_000; i++) lines.push(`${i},tok-${i.toString(36)},1380000${i}`);
    const table = parseCsvTable("big.csv", lines.join("\n") + "\n", withHeader);
    expect(table.rows).toHaveLength(100_000);
    expect(table.rows[99_999]).toEqual(["99999", `tok-${(99_999).toString(36)}`, "138000099999"]);
  });
});
