const lastLogged = new Map<string, { message: string; at: number }>();
const QUIET_MS = 30_000;

/**
 * Logs a connection error once, then again only when it changes or after 30 s: a client retrying a
 * server that is down would otherwise write a line per attempt, per connection.
 */
export function warnThrottled(source: string, message: string): void {
  const now = Date.now();
  const last = lastLogged.get(source);
  if (last && last.message === message && now - last.at < QUIET_MS) return;
  lastLogged.set(source, { message, at: now });
  console.warn(`[${source}] ${message}`);
}
