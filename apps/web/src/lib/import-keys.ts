import type { TSecretFinding } from "@stampede/contracts";

/** The key a secret finding is chosen by in an import choice: `${requestIndex}:${field}`. */
export function secretKey(finding: TSecretFinding): string {
  return `${finding.requestIndex}:${finding.field}`;
}
