import { BadRequestError } from "../http/errors";

/** An entity tag for a scenario version, as GET and PUT send it and If-Match takes it back. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

const TAG = /^(?:W\/)?"?(\d{1,9})"?$/;

function parsePositive(text: string): number | undefined {
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

/**
 * The scenario version a save is based on: `expectedVersion` in the body or an `If-Match: "<version>"` header.
 * Neither (or `If-Match: *`) means the last write wins, for API clients that do not track versions.
 */
export function readExpectedVersion(request: Request, body: unknown): number | undefined {
  const fromBody = readBodyVersion(body);
  const fromHeader = readIfMatch(request.headers.get("if-match"));
  if (fromBody !== undefined && fromHeader !== undefined && fromBody !== fromHeader) {
    throw new BadRequestError([
      `expectedVersion: ${fromBody} disagrees with the If-Match header's version ${fromHeader}; send one of them`,
    ]);
  }
  return fromBody ?? fromHeader;
}

function readBodyVersion(body: unknown): number | undefined {
  if (typeof body !== "object" || body === null || !("expectedVersion" in body)) return undefined;
  const raw = (body as { expectedVersion: unknown }).expectedVersion;
  if (raw === undefined || raw === null) return undefined;
  const version = typeof raw === "number" ? parsePositive(String(raw)) : undefined;
  if (version === undefined) {
    throw new BadRequestError([
      `expectedVersion: must be a whole number from 1, the scenario version you loaded (got ${JSON.stringify(raw)})`,
    ]);
  }
  return version;
}

function readIfMatch(header: string | null): number | undefined {
  const value = header?.trim();
  if (!value || value === "*") return undefined;
  const match = TAG.exec(value);
  const version = match ? parsePositive(match[1]!) : undefined;
  if (version === undefined) {
    throw new BadRequestError([
      `If-Match header: must be the scenario version in quotes, e.g. "3" (got ${JSON.stringify(value.slice(0, 40))})`,
    ]);
  }
  return version;
}
