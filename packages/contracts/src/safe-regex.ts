import { RE2JS } from "re2js";

/**
 * Regular expressions from scenarios (output parameters, `matches` checkpoints) run in a linear-time engine,
 * so no pattern can stall a generator or the console on a crafted body: `(a+)+$` on 100 KB of `a` and a `b`
 * takes milliseconds, not minutes. The cost is the constructs that need backtracking: lookaround and
 * backreferences are refused, at save, with the reason.
 */

/** A compiled pattern with the JavaScript semantics the engine documents. */
export interface SafeRegex {
  /** Whether the pattern matches anywhere in the text (like `RegExp.test` without flags). */
  test(text: string): boolean;
  /** Every non-overlapping match's first capture group, or the whole match when the group took no part. */
  values(text: string): string[];
}

const ENGINE_NOTE = "patterns run in a linear-time engine, without lookaround or backreferences";

/** JavaScript's `\uXXXX` and `\u{X}` written as the engine's `\x{X}`; an escaped backslash is left alone. */
function translateEscapes(pattern: string): string {
  return pattern.replace(/\\\\|\\u\{([0-9A-Fa-f]{1,6})\}|\\u([0-9A-Fa-f]{4})/g, (whole, braced, plain) =>
    whole === "\\\\" ? whole : `\\x{${(braced ?? plain) as string}}`,
  );
}

/** What a pattern uses that cannot run without backtracking, said plainly; the engine's own words otherwise. */
function unsupportedConstruct(pattern: string): string | undefined {
  const unescaped = pattern.replace(/\\\\/g, "");
  if (/\(\?<?[=!]/.test(unescaped)) return "lookahead and lookbehind ((?=, (?!, (?<=, (?<!) are not supported";
  if (/\\[1-9]|\\k</.test(unescaped)) return "backreferences (\\1, \\k<name>) are not supported";
  return undefined;
}

/** Compiles a pattern, or throws an Error whose message says why it cannot be used. */
export function compileSafeRegex(pattern: string): SafeRegex {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(translateEscapes(pattern));
  } catch (error) {
    const reason = unsupportedConstruct(pattern) ?? (error as Error).message.replace(/^error parsing regexp: /, "");
    throw new Error(`invalid regex /${pattern}/: ${reason} (${ENGINE_NOTE})`);
  }
  return {
    test: (text) => compiled.matcher(text).find(),
    values: (text) => {
      const matcher = compiled.matcher(text);
      const groups = compiled.groupCount();
      const found: string[] = [];
      while (matcher.find()) found.push((groups > 0 ? matcher.group(1) : null) ?? matcher.group()!);
      return found;
    },
  };
}

/** Why a pattern cannot be used, or undefined when it compiles; what a schema refinement reports. */
export function safeRegexProblem(pattern: string): string | undefined {
  try {
    compileSafeRegex(pattern);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
