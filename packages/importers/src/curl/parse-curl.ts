import type { TImportedRequest, TImportNote, TImportPreview } from "@stampede/contracts";
import { ImportError } from "../import-error";
import { readCurlOptions } from "./curl-command";
import { curlCommandToRequest } from "./curl-request";
import { looksLikeCmd, tokenizeCmd } from "./tokenize-cmd";
import { tokenizeBash } from "./tokenize-bash";
import type { CommandLine } from "./words";

const CURL = /^curl(\.exe)?$/i;

/**
 * One or many curl commands, as bash or Windows cmd writes them (Chromium's "Copy as cURL" in either form,
 * "Copy all as cURL", commands typed by hand), as an import preview. A line starting with `curl` starts a
 * command; a line that does not continues the one before (pasted commands lose their backslashes), unless a
 * blank line came between. A bad quote is an ImportError naming its line; an option that is not imported,
 * or a command that cannot be, is a note naming its line.
 */
export function parseCurl(text: string): TImportPreview {
  const lines = looksLikeCmd(text) ? tokenizeCmd(text) : tokenizeBash(text);
  const notes: TImportNote[] = [];
  const commands = groupCommands(text, lines, notes);
  if (commands.length === 0) throw new ImportError("file", "no curl command found: each command starts with curl");

  const requests: TImportedRequest[] = [];
  for (const { line, words } of commands) {
    const cmd = readCurlOptions(words, line);
    const result = curlCommandToRequest(cmd, requests.length);
    if ("skipped" in result) notes.push({ where: `line ${line}`, message: result.skipped });
    else requests.push(result);
    notes.push(...cmd.notes.map((n) => ({ where: `line ${n.line}`, message: n.message })));
  }
  return { format: "curl", requests, globals: [], dataSources: [], notes };
}

/** Command lines grouped into commands, each with the words after `curl`. */
function groupCommands(text: string, lines: CommandLine[], notes: TImportNote[]): CommandLine[] {
  const physical = text.split("\n");
  const commands: CommandLine[] = [];
  let previousEnd = 0; // the last physical line of the previous command line
  for (const { line, words } of lines) {
    const [first, ...rest] = words;
    const afterBlank = physical.slice(previousEnd, line - 1).some((l) => l.trim() === "");
    const current = commands[commands.length - 1];
    if (first && CURL.test(first.value)) commands.push({ line, words: rest });
    else if (current && !afterBlank) current.words.push(...words);
    else notes.push({ where: `line ${line}`, message: `"${first?.value ?? ""}" is not a curl command; not imported` });
    previousEnd = words[words.length - 1]?.line ?? line;
  }
  return commands;
}
