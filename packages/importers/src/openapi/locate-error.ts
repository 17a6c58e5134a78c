import { isMap, isScalar } from "yaml";
import type { SourceDocument } from "./read-document";

/**
 * The validator shows its errors in a code frame of the document printed as indented JSON; the marked line
 * there gives the path of the offending node (`paths./x.get.responses.200`), which points back into the text.
 */
function pathAtPrintedLine(value: unknown, line: number): string[] {
  const printed = JSON.stringify(value, null, 2).split("\n");
  const stack: Array<{ indent: number; key: string }> = [];
  for (let i = 0; i < Math.min(line, printed.length); i++) {
    const text = printed[i]!;
    const indent = text.length - text.trimStart().length;
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const key = /^\s*("(?:[^"\\]|\\.)*"):/.exec(text)?.[1];
    if (key) stack.push({ indent, key: JSON.parse(key) as string });
    else if (/^\s*[[{]/.test(text) && stack.length) stack.push({ indent, key: "" });
  }
  return stack.map((s) => s.key).filter(Boolean);
}

type Ranged = { range?: [number, number, number] | null };

/** Where the last key of `path` is written (the key, not its value, so the line is the one the user sees named). */
function keyOffset(source: SourceDocument, path: string[]): number | undefined {
  const parent = path.length > 1 ? source.yaml.getIn(path.slice(0, -1), true) : source.yaml.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === last);
    if (pair) return (pair.key as Ranged).range?.[0];
  }
  return (source.yaml.getIn(path, true) as Ranged | undefined)?.range?.[0];
}

/** "line 9 (paths./x.get.responses.200)" for a validator message, or "document" when it cannot tell. */
export function locateValidationError(source: SourceDocument, message: string): string {
  const marked = /^>\s*(\d+)\s*\|/m.exec(message)?.[1];
  if (!marked) return "document";
  const path = pathAtPrintedLine(source.value, Number(marked));
  if (!path.length) return "document";
  const offset = keyOffset(source, path);
  const shown = path.join(".");
  if (offset === undefined) return shown;
  return `line ${source.lines.linePos(offset).line} (${shown})`;
}
