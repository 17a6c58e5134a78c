/** A string or number inside a JSON document, with the JSONPath that reads it. */
export interface JsonLeaf {
  /** `$.data.items[0].id`, or `$['x-id']` for keys a dotted path cannot hold. */
  path: string;
  /** The member name it sits under (the nearest one above an array index); "" at the root. */
  key: string;
  value: string | number;
  /** The object holding it, for looking at its siblings (`expires_in` beside `access_token`). */
  parent: Record<string, unknown> | undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** One JSONPath step for an object member, in the form the engine's fast path reads. */
export function memberStep(key: string): string {
  return IDENTIFIER.test(key) ? `.${key}` : `['${key.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
}

/** JSON text parsed, or undefined when it is not JSON (correlation only reads what parses). */
export function tryParseJson(text: string | undefined): unknown {
  if (text === undefined || text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every string and number leaf of a parsed document, in document order. Booleans and nulls carry no ids. */
export function jsonLeaves(document: unknown): JsonLeaf[] {
  const leaves: JsonLeaf[] = [];
  const walk = (node: unknown, path: string, key: string, parent: Record<string, unknown> | undefined) => {
    if (typeof node === "string" || typeof node === "number") {
      leaves.push({ path, key, value: node, parent });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`, key, parent));
    } else if (node !== null && typeof node === "object") {
      const object = node as Record<string, unknown>;
      for (const [name, value] of Object.entries(object)) walk(value, path + memberStep(name), name, object);
    }
  };
  walk(document, "$", "", undefined);
  return leaves;
}

/**
 * Sets the leaf at `path` (as jsonLeaves wrote it) to `${param}`, and returns the document as text. A number
 * leaf becomes an unquoted reference, so the value is sent as a number once rendered.
 */
export function replaceJsonLeaf(text: string, path: string, param: string): string {
  const document = tryParseJson(text);
  const steps = splitPath(path);
  let holder = document as Record<string | number, unknown> | undefined;
  for (const step of steps.slice(0, -1)) holder = holder?.[step] as Record<string | number, unknown> | undefined;
  const last = steps.at(-1);
  const leaf = last === undefined ? undefined : holder?.[last];
  if (typeof leaf !== "string" && typeof leaf !== "number") return text;
  const marker = `\u0000stampede:${param}\u0000`;
  holder![last!] = marker;
  const indent = /\n\s/.test(text) ? 2 : undefined;
  const reference = typeof leaf === "number" ? `\${${param}}` : JSON.stringify(`\${${param}}`);
  return JSON.stringify(document, null, indent).replace(JSON.stringify(marker), () => reference);
}

/** The keys of a path jsonLeaves wrote, in order. */
function splitPath(path: string): Array<string | number> {
  const steps: Array<string | number> = [];
  const step = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]/g;
  for (const m of path.slice(1).matchAll(step)) {
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else steps.push(m[3]!.replace(/\\(.)/g, "$1"));
  }
  return steps;
}
