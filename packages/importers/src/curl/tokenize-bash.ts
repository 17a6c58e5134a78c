import { ImportError } from "../import-error";
import { WordCollector, type CommandLine } from "./words";

const ANSI_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  E: "\x1b",
  f: "\f",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?",
};

/**
 * Splits text into command lines the way bash reads them: '...' literal, "..." with \" \\ \$ \` escapes,
 * $'...' with C escapes (Chromium's "Copy as cURL (bash)" writes it for bodies with quotes or line breaks),
 * a backslash before a line end continues the line, # starts a comment, ; && | end a command. A quote that is never closed is an
 * ImportError naming the line it opened on. (shell-quote reads an unclosed quote silently and keeps no line
 * numbers, so it cannot give that message.)
 */
export function tokenizeBash(text: string): CommandLine[] {
  const out = new WordCollector();
  let line = 1;
  let i = 0;
  const closing = (quote: string, from: number, what: string): number => {
    const end = text.indexOf(quote, from);
    if (end === -1) throw new ImportError(`line ${line}`, `unterminated ${what}`);
    return end;
  };
  while (i < text.length) {
    const c = text[i]!;
    const startLine = line;
    if (c === "\\" && /^\r?\n/.test(text.slice(i + 1, i + 3))) {
      i += text[i + 1] === "\r" ? 3 : 2;
      line++;
    } else if (c === "\n") {
      out.endLine();
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") {
      out.endWord();
      i++;
    } else if (c === ";" || (!out.inWord && /^(&&?|\|\|?)(\s|$)/.test(text.slice(i, i + 3)))) {
      // Command separators ("Copy all as cURL" joins commands with " ;"). A & or | inside a word is kept, so
      // an unquoted URL with a query (?a=1&b=2) reads as people mean it.
      out.endLine();
      i += c === ";" ? 1 : /^(&&|\|\|)/.test(text.slice(i, i + 2)) ? 2 : 1;
    } else if (c === "#" && !out.inWord) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
    } else if (c === "'") {
      const end = closing("'", i + 1, "single quote");
      out.append(text.slice(i + 1, end), startLine);
      line += countLines(text.slice(i, end));
      i = end + 1;
    } else if (c === "$" && text[i + 1] === "'") {
      const start = i;
      i = ansiQuoted(text, i + 2, (s) => out.append(s, startLine), startLine);
      line += countLines(text.slice(start, i));
    } else if (c === '"') {
      let value = "";
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === "\\" && '"\\$`\n'.includes(text[j + 1] ?? "x")) {
          j++;
          if (text[j] === "\n") continue; // \<newline> inside "..." joins lines
        }
        value += text[j];
      }
      if (j >= text.length) throw new ImportError(`line ${startLine}`, "unterminated double quote");
      out.append(value, startLine);
      line += countLines(text.slice(i, j));
      i = j + 1;
    } else if (c === "\\") {
      out.append(text[i + 1] ?? "", startLine);
      i += 2;
    } else {
      out.append(c, startLine);
      i++;
    }
  }
  out.endLine();
  return out.lines;
}

function countLines(s: string): number {
  return s.split("\n").length - 1;
}

/** Reads $'...' from just after the opening quote; returns the index after the closing quote. */
function ansiQuoted(text: string, from: number, emit: (s: string) => void, line: number): number {
  let value = "";
  let j = from;
  while (j < text.length && text[j] !== "'") {
    if (text[j] !== "\\") {
      value += text[j++];
      continue;
    }
    const e = text[j + 1] ?? "";
    const hex = /^x([0-9a-fA-F]{1,2})|^u([0-9a-fA-F]{1,4})|^U([0-9a-fA-F]{1,8})|^([0-7]{1,3})/.exec(text.slice(j + 1));
    if (hex) {
      const [all, x, u, bigU, octal] = hex;
      value +=
        x || octal
          ? String.fromCharCode(parseInt(x ?? octal!, x ? 16 : 8))
          : String.fromCodePoint(parseInt(u ?? bigU!, 16));
      j += 1 + all.length;
    } else {
      value += ANSI_ESCAPES[e] ?? `\\${e}`;
      j += 2;
    }
  }
  if (j >= text.length) throw new ImportError(`line ${line}`, "unterminated $'...' quote");
  emit(value);
  return j + 1;
}
