import {
  ZImportedRequest,
  ZKeyValue,
  type TImportNote,
  type TImportedRequest,
  type TKeyValue,
} from "@stampede/contracts";

/** The first problem zod found, as "field path: message". */
function firstIssue(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join(".");
  return path ? `${path}: ${issue?.message}` : (issue?.message ?? "invalid");
}

/**
 * Keeps the requests that fit the preview's contract and renumbers them; each one that does not (a URL that is not
 * http(s), a name too long, ...) becomes a note naming where it is and what is wrong, so one odd entry neither
 * fails the whole import nor disappears silently.
 */
export function keepValidRequests(
  requests: Array<Omit<TImportedRequest, "index">>,
  notes: TImportNote[],
): TImportedRequest[] {
  const kept: TImportedRequest[] = [];
  for (const request of requests) {
    const parsed = ZImportedRequest.safeParse({ ...request, index: kept.length });
    if (parsed.success) kept.push(parsed.data);
    else notes.push({ where: request.where, message: `not imported: ${firstIssue(parsed.error)}` });
  }
  return kept;
}

/** Keeps the globals that fit the contract (a name, a value within limits); the others are noted. */
export function keepValidGlobals(globals: TKeyValue[], notes: TImportNote[], where: string): TKeyValue[] {
  return globals.filter((g) => {
    const parsed = ZKeyValue.safeParse(g);
    if (!parsed.success)
      notes.push({ where, message: `variable "${g.name}" not imported: ${firstIssue(parsed.error)}` });
    return parsed.success;
  });
}
