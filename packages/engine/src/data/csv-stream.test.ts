import { DATA_SOURCE_PREVIEW_ROWS } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { CsvStreamInspector } from "./csv-stream";
import { CsvError, parseCsvTable } from "./csv-table";

const encode = (text: string) => new TextEncoder().encode(text);
const bytesOf = (...values: Array<string | number[]>) =>
  new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...encode(v)] : v)));

/** What the stream makes of `bytes` cut into `size`-byte chunks: the summary, or the CsvError message. */
function streamed(bytes: Uint8Array, firstLineIsHeader: boolean, size: number, minParseChars?: number) {
  const inspector = new CsvStreamInspector("t.csv", { firstLineIsHeader, minParseChars });
  try {
    for (let at = 0; at < bytes.length; at += size) inspector.push(bytes.subarray(at, at + size));
    return inspector.finish();
  } catch (error) {
    if (error instanceof CsvError) return error.message;
    throw error;
  }
}

/** What a run makes of the whole file, in the same shape. */
function whole(bytes: Uint8Array, firstLineIsHeader: boolean) {
  try {
    const table = parseCsvTable("t.csv", bytes, { firstLineIsHeader });
    return {
      header: table.header,
      rowCount: table.rows.length,
      preview: table.rows.slice(0, DATA_SOURCE_PREVIEW_ROWS),
    };
  } catch (error) {
    if (error instanceof CsvError) return error.message;
    throw error;
  }
}

/** Files with at most one problem each: the stream must say exactly what a run says, however it is cut. */
const FILES: Array<string | Uint8Array> = [
  "user,token\nalice,t1\nbob,t2\n",
  'id,note\n1,"a, b"\n2,"line one\nline two"\n3,"say ""hi"""\n4, padded \n',
  "id,v\r\n1,x\r\n2,y\r\n",
  "\uFEFFid,v\n1,x\n2,y",
  'id,v\r\n1,x\n2,"y\r\nz"\r\n3,"w"\r\n',
  "name,city\n张三,北京\nJosé,São Paulo 🚀\n",
  "a,b\n1,2\n3,4\n\n",
  "a,b\r\n1,2\r\n3,4\r\n\r\n",
  "token\na\n\n",
  "token\na\n\nb\n",
  "a,b\n1,2\n\n\n",
  "a,b\n1,2\n\n3,4\n",
  "token,n\nabc,1\nde\0f,2\n",
  'a,b\n1,"x\ny\0"\n',
  "a,b,c\n" + "1,2,3\n".repeat(5) + "1,2\n",
  'a,b\n1,"x\ny\nz"\n2,3\n4\n',
  'a,b\n1,2\n3,"never closed\n4,5\n',
  'a,b\n1,"x\ny"\n"ab"c,3\n',
  'a,b\n1,2\n3,"4\n',
  'a,b\n"x"  ,"y"  \n',
  "",
  "\uFEFF\r\n\n",
  "user,token\n",
  "user,,token\n1,2,3\n",
  "user,token,user\n1,2,3\n",
  "\n\na,b\n",
  bytesOf("name\nok\n", [0x4a, 0x6f, 0x73, 0xe9, 0x0a]),
  bytesOf([0x61, 0x0a, 0xc0, 0xaf]),
  bytesOf([0x61, 0x0a, 0x62, 0xed, 0xa0, 0x80]),
  bytesOf([0x61, 0x0a, 0xe5, 0xbc]),
  bytesOf("a,b\n", [0xff], "x,y\n"),
  bytesOf([...encode("a,b\n")].flatMap((b) => [b, 0])),
];

describe("CsvStreamInspector", () => {
  it.each(FILES.map((f, i) => [i, f] as const))("reads file %i as a run does, cut anywhere", (_i, file) => {
    const bytes = typeof file === "string" ? encode(file) : file;
    for (const firstLineIsHeader of [true, false]) {
      const expected = whole(bytes, firstLineIsHeader);
      for (const size of [1, 2, 3, 5, 64, Math.max(1, bytes.length)]) {
        expect(streamed(bytes, firstLineIsHeader, size, 1), `chunks of ${size}`).toEqual(expected);
      }
      expect(streamed(bytes, firstLineIsHeader, 3)).toEqual(expected);
    }
  });

  it("counts a large file's rows and keeps only the preview, with line numbers right past the first parse", () => {
    const lines = ["id,token"];
    for (let i = 0; i < 200_000; i++) lines.push(`${i},"tok\n${i}"`);
    const good = encode(`${lines.join("\n")}\n`);
    const summary = streamed(good, true, 65_536);
    expect(summary).toMatchObject({ header: ["id", "token"], rowCount: 200_000 });
    expect((summary as { preview: unknown[] }).preview).toHaveLength(DATA_SOURCE_PREVIEW_ROWS);
    const bad = encode(`${lines.join("\n")}\nshort\n`);
    expect(streamed(bad, true, 65_536)).toBe(whole(bad, true));
    expect(streamed(bad, true, 65_536)).toBe("t.csv line 400002: expected 2 fields, found 1");
  });

  it("reads a quoted field longer than many chunks without parsing it again per chunk", () => {
    const bytes = encode(`a,b\n1,"${"x\n".repeat(3_000_000)}"\n`);
    const started = performance.now();
    expect(streamed(bytes, true, 65_536)).toMatchObject({ rowCount: 1 });
    expect(performance.now() - started).toBeLessThan(10_000); // quadratic re-parsing took minutes
  });
});
