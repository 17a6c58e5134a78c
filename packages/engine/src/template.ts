/** Values a virtual user can reference as `${name}`: globals, data columns, output parameters. */
export type Params = Record<string, string>;

/** A string with `${name}` references, parsed once so rendering is a join of slices. */
export interface Template {
  readonly source: string;
  /** Names referenced, in order of appearance. */
  readonly refs: readonly string[];
  render(params: Params): string;
}

const REF = /\$\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}/g;

/**
 * Compiles a template. A reference nothing defines renders as written (`${name}`), so the request that
 * carries it shows in samples and in the target's answer exactly what was missing.
 */
export function compileTemplate(source: string): Template {
  const literals: string[] = [];
  const refs: string[] = [];
  let last = 0;
  for (const match of source.matchAll(REF)) {
    literals.push(source.slice(last, match.index));
    refs.push(match[1]!);
    last = match.index! + match[0].length;
  }
  literals.push(source.slice(last));
  if (refs.length === 0) return { source, refs, render: () => source };
  return {
    source,
    refs,
    render(params) {
      let out = literals[0]!;
      for (let i = 0; i < refs.length; i++) {
        const value = params[refs[i]!];
        out += (value === undefined ? `\${${refs[i]}}` : value) + literals[i + 1]!;
      }
      return out;
    },
  };
}
