/** Prisma's codes for a database that cannot be reached or dropped the connection (not a bad query). */
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The pg driver adapter's kinds for the same. */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** SQLSTATE classes of a server going away: 08 connection exception, 57P0x shutdown / cannot connect now. */
const UNREACHABLE_SQLSTATE = /^(08|57P0)/;
const UNREACHABLE_MESSAGE =
  /Can't reach database server|Connection terminated|ECONNREFUSED|ECONNRESET|server closed the connection|the database system is (starting up|shutting down)/i;

function field(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * Whether an error means Postgres is unavailable (down, restarting, unreachable) rather than that the query
 * was wrong: the first is worth retrying later, the second never is.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = field(error, "code");
  if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
  const cause = field(error, "meta", "driverAdapterError", "cause") ?? field(error, "cause");
  const kind = field(cause, "kind");
  if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
  const sqlState = field(cause, "originalCode") ?? field(cause, "code");
  if (typeof sqlState === "string" && UNREACHABLE_SQLSTATE.test(sqlState)) return true;
  const message = field(error, "message");
  return typeof message === "string" && UNREACHABLE_MESSAGE.test(message);
}
