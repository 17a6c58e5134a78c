const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a piece of text cannot be stored or sent on, or undefined when it can. Postgres refuses a NUL in text
 * and JSONB, and a lone UTF-16 surrogate has no UTF-8 form, so either one would fail deep in a save (a 500);
 * refusing them at the boundary names the field instead.
 */
export function textProblem(text: string): string | undefined {
  if (text.includes("\0")) return "contains a NUL character (\\u0000)";
  if (LONE_SURROGATE.test(text)) return "contains a lone surrogate (half of a UTF-16 pair), which is not valid Unicode";
  return undefined;
}

/** One field of a parsed document whose text cannot be kept, with its path as `formatIssues` writes it. */
export interface TextIssue {
  path: string;
  message: string;
}

const join = (path: string, key: string | number) => (path === "" ? String(key) : `${path}.${key}`);

/**
 * Walks a parsed JSON document (object keys and string values) and returns the first field holding a NUL
 * or a lone surrogate. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findTextIssue(document: unknown, rootPath = ""): TextIssue | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value: document, path: rootPath }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      const message = textProblem(value);
      if (message) return { path, message };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: join(path, i) });
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const keyProblem = textProblem(key);
        if (keyProblem) return { path: join(path, JSON.stringify(key)), message: `the key ${keyProblem}` };
        stack.push({ value: child, path: join(path, key) });
      }
    }
  }
  return undefined;
}
