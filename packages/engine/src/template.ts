import { TEMPLATE_FUNCTIONS } from "./template-functions";

/** Values a virtual user can reference as `${name}`: globals, data columns, output parameters. */
export type Params = Record<string, string>;

/** A string with `${name}` references and `${__fn(...)}` calls, parsed once so rendering is cheap. */
export interface Template {
  readonly source: string;
  /** Parameter names referenced, in order of appearance (including inside function arguments). */
  readonly refs: readonly string[];
  /** True when rendering always gives the same string: no references left and no function calls. */
  readonly constant: boolean;
  render(params: Params): string;
  /**
   * The same template with the parameters in `fixed` written in as text. For parameters that cannot
   * change during a run (globals nothing assigns), so most requests render once, not once per send.
   */
  bind(fixed: Params): Template;
}

type Part = string | { ref: string } | { fn: string; call: (args: string[]) => string; args: Part[][] };

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Index of the `}` closing the `${` at `start`, honouring nested `${...}`; -1 when unclosed. */
function closingBrace(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === "$" && source[i + 1] === "{") {
      depth++;
      i++;
    } else if (source[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits function arguments on commas that are not inside a nested `${...}`; `\,` is a literal comma. */
function splitArgs(inner: string): string[] {
  if (inner.trim() === "") return [];
  const args: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === "\\" && inner[i + 1] === ",") {
      current += ",";
      i++;
    } else if (c === "$" && inner[i + 1] === "{") {
      depth++;
      current += "${";
      i++;
    } else if (c === "}" && depth > 0) {
      depth--;
      current += c;
    } else if (c === "," && depth === 0) {
      args.push(current.trim());
      current = "";
    } else current += c;
  }
  args.push(current.trim());
  return args;
}

function parse(source: string, refs: string[]): Part[] {
  const parts: Part[] = [];
  let literal = "";
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf("${", i);
    if (open === -1) break;
    const close = closingBrace(source, open);
    if (close === -1) throw new Error(`unclosed "\${" at character ${open + 1} of "${source}"`);
    literal += source.slice(i, open);
    const body = source.slice(open + 2, close).trim();
    const call = /^__([A-Za-z0-9_]+)\(([\s\S]*)\)$/.exec(body);
    if (call) {
      const fn = TEMPLATE_FUNCTIONS[call[1]!];
      if (!fn) {
        const known = Object.keys(TEMPLATE_FUNCTIONS)
          .map((n) => `__${n}`)
          .join(", ");
        throw new Error(`unknown function __${call[1]}() in "${source}" (known: ${known})`);
      }
      if (literal) parts.push(literal);
      literal = "";
      parts.push({ fn: call[1]!, call: fn, args: splitArgs(call[2]!).map((a) => parse(a, refs)) });
    } else if (NAME.test(body)) {
      if (literal) parts.push(literal);
      literal = "";
      parts.push({ ref: body });
      refs.push(body);
    } else {
      literal += source.slice(open, close + 1);
    }
    i = close + 1;
  }
  literal += source.slice(i);
  if (literal) parts.push(literal);
  return parts;
}

function renderParts(parts: Part[], params: Params): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else if ("ref" in part) {
      const value = params[part.ref];
      // A reference nothing defines renders as written, so the request shows exactly what was missing.
      out += value === undefined ? `\${${part.ref}}` : value;
    } else out += part.call(part.args.map((a) => renderParts(a, params)));
  }
  return out;
}

/** Replaces references to `fixed` parameters by their values, merging neighbouring text. */
function bindParts(parts: Part[], fixed: Params): Part[] {
  const out: Part[] = [];
  const text = (value: string) => {
    const last = out.length - 1;
    if (last >= 0 && typeof out[last] === "string") out[last] += value;
    else out.push(value);
  };
  for (const part of parts) {
    if (typeof part === "string") text(part);
    else if ("ref" in part) {
      const value = Object.hasOwn(fixed, part.ref) ? fixed[part.ref] : undefined;
      if (value === undefined) out.push(part);
      else text(value);
    } else out.push({ ...part, args: part.args.map((a) => bindParts(a, fixed)) });
  }
  return out;
}

function fromParts(source: string, refs: string[], parts: Part[]): Template {
  const bind = (fixed: Params) => fromParts(source, refs, bindParts(parts, fixed));
  if (parts.length === 0) return { source, refs, constant: true, render: () => "", bind };
  if (parts.length === 1 && typeof parts[0] === "string") {
    const value = parts[0];
    return { source, refs, constant: true, render: () => value, bind };
  }
  return { source, refs, constant: false, render: (params) => renderParts(parts, params), bind };
}

/**
 * Compiles a template. Throws, naming the template, when it calls an unknown function; a function that
 * fails at render time (bad arguments) throws from `render` with its reason.
 */
export function compileTemplate(source: string): Template {
  const refs: string[] = [];
  return fromParts(source, refs, parse(source, refs));
}
