import type { TCheck, TDebugCheck } from "@stampede/contracts";

/** A checkpoint in words: `status eq "200"`, `body-json $.errcode eq "0"`, `header content-type exists`. */
export function describeCheck(check: TCheck): string {
  const subject =
    check.source === "status" || check.source === "body-text" ? check.source : `${check.source} ${check.expression}`;
  const unary = check.operator === "exists" || check.operator === "not_exists";
  return unary ? `${subject} ${check.operator}` : `${subject} ${check.operator} ${JSON.stringify(check.value)}`;
}

/** Every checkpoint with the run's verdict on it (`failures[i]` undefined: it held); a failed one says what was found. */
export function describeChecks(specs: TCheck[], failures: ReadonlyArray<string | undefined>): TDebugCheck[] {
  return specs.map((spec, i) => {
    const failure = failures[i];
    return { description: describeCheck(spec), passed: failure === undefined, message: failure ?? "passed" };
  });
}

/** The checkpoints of a request that got no response: none could be evaluated. */
export function unansweredChecks(specs: TCheck[], reason: string): TDebugCheck[] {
  return specs.map((spec) => ({
    description: describeCheck(spec),
    passed: false,
    message: `not evaluated: ${reason}`,
  }));
}
