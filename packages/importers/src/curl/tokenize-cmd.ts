import { ImportError } from "../import-error";
import { WordCollector, type CommandLine } from "./words";

/** A character of the command line as cmd.exe hands it on, with where it came from. */
interface CmdChar {
  c: string;
  line: number;
  /** Escaped by ^: a line break so marked is part of an argument, not the end of the command. */
  escaped: boolean;
}

/**
 * True for text written for Windows cmd: Chromium's "Copy as cURL (cmd)" quotes with ^" and continues lines
 * with a ^ at the end.
 */
export function looksLikeCmd(text: string): boolean {
  return /\^\r?\n/.test(text) || /(^|\s)curl(\.exe)?\s+\^"/m.test(text);
}

/**
 * Splits Windows cmd text into command lines, in the two passes Windows makes: cmd.exe removes ^ escapes
 * (a ^ at a line end joins the next line and escapes its first character, which is how Chromium writes a line
 * break inside a body); then the arguments are split: "..." quotes, "" inside quotes a literal quote, and
 * \" and \\ a quote and a backslash. Chromium doubles every backslash (not only those before a quote, as the
 * C runtime's rule has it), and Chromium's output is what people paste, so \\ is read as one backslash.
 */
export function tokenizeCmd(text: string): CommandLine[] {
  return splitArguments(removeCaretEscapes(text));
}

function removeCaretEscapes(text: string): CmdChar[] {
  const out: CmdChar[] = [];
  let line = 1;
  let quoted = false; // inside "..." cmd.exe leaves ^ alone
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (c === "^" && !quoted) {
      c = text[++i] ?? "";
      if (c === "\r" && text[i + 1] === "\n") c = text[++i]!;
      if (c === "\n") {
        line++; // a continuation: the next character is taken as it is
        c = text[++i] ?? "";
        if (c === "\r" && text[i + 1] === "\n") c = text[++i]!;
      }
      if (c !== "") out.push({ c, line, escaped: true });
      if (c === "\n") line++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === "\n") quoted = false;
    out.push({ c, line, escaped: false });
    if (c === "\n") line++;
  }
  return out;
}

function splitArguments(chars: CmdChar[]): CommandLine[] {
  const out = new WordCollector();
  let quoteLine: number | undefined; // where the open quote started, for the message if it never closes
  for (let i = 0; i < chars.length; i++) {
    const { c, line, escaped } = chars[i]!;
    if (c === "&" && !escaped && quoteLine === undefined) {
      // A command separator ("Copy all as cURL (cmd)" joins commands with " &"); && is one too. Chromium
      // leaves & unescaped inside ^"...^", so only one outside the quotes separates.
      if (chars[i + 1]?.c === "&") i++;
      out.endLine();
    } else if (c === "\n" && !escaped) {
      if (quoteLine !== undefined) throw new ImportError(`line ${quoteLine}`, "unterminated double quote");
      out.endLine();
    } else if (c === "\\" && (chars[i + 1]?.c === "\\" || chars[i + 1]?.c === '"')) {
      out.append(chars[++i]!.c, line);
    } else if (c === '"') {
      if (quoteLine !== undefined && chars[i + 1]?.c === '"') {
        out.append('"', line);
        i++;
      } else {
        out.append("", line); // "" is an empty argument, not nothing
        quoteLine = quoteLine === undefined ? line : undefined;
      }
    } else if ((c === " " || c === "\t" || c === "\r") && quoteLine === undefined) {
      out.endWord();
    } else {
      out.append(c, line);
    }
  }
  if (quoteLine !== undefined) throw new ImportError(`line ${quoteLine}`, "unterminated double quote");
  out.endLine();
  return out.lines;
}
