/** Prisma's codes for a server it cannot reach, lost mid-query, or waited on too long. */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The pg driver adapter's kinds for the same. */
const UNREACHABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** SQLSTATEs of a server shutting down or starting up (57P0x) and of lost connections (class 08). */
const UNREACHABLE_SQLSTATE = /^(57P0[1-3]|08...)$/;

/**
 * Whether an error means Postgres is down or unreachable (so a caller may retry later and an API answers 503),
 * as opposed to a query the database refused. Looks through Prisma's wrapping down to the driver's error.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const e = error as Record<string, unknown>;
  if (typeof e.code === "string" && (UNREACHABLE_PRISMA_CODES.has(e.code) || UNREACHABLE_SQLSTATE.test(e.code)))
    return true;
  if (typeof e.errorCode === "string" && UNREACHABLE_PRISMA_CODES.has(e.errorCode)) return true;
  if (typeof e.kind === "string" && UNREACHABLE_ADAPTER_KINDS.has(e.kind)) return true;
  if (e.kind === "postgres" && typeof e.code === "string" && UNREACHABLE_SQLSTATE.test(e.code)) return true;
  // pg's own words when the server closed the socket under a query.
  if (typeof e.message === "string" && /^Connection terminated( unexpectedly)?$/.test(e.message)) return true;
  const meta = e.meta as Record<string, unknown> | undefined;
  return isDatabaseUnavailable(meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}
