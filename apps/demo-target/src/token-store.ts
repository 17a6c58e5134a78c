import { randomBytes } from "node:crypto";

/** What a token endpoint hands out, in WeChat's field names. */
export interface IssuedToken {
  access_token: string;
  expires_in: number;
}

/** Outcome of checking a presented token. */
export type TokenCheck = { ok: true; appid: string } | { ok: false; reason: "invalid" | "expired" };

interface TokenRecord {
  token: string;
  appid: string;
  expiresAt: number;
  /** Set once a newer token is issued for the appid: the end of this token's grace period. */
  supersededUntil?: number;
}

interface TokenStoreOptions {
  ttlSeconds: number;
  graceSeconds: number;
  now?: () => number;
}

/** How long a dead token is remembered, so it is answered "expired" rather than "invalid". */
const REMEMBER_DEAD_MS = 60_000;

/**
 * Access tokens with WeChat's rotation rule: issuing a new token leaves the one it replaces usable for a
 * grace period (five minutes on WeChat), then invalid — so clients that each fetch their own token keep
 * invalidating each other's, which is what a shared token provider avoids. Dead tokens are forgotten after
 * a while, oldest first, so memory stays bounded however hard a load test hammers the token endpoint.
 */
export class TokenStore {
  private readonly tokens = new Map<string, TokenRecord>();
  private readonly latest = new Map<string, TokenRecord>();
  /** Every live or remembered token in issue order; ends are (nearly) monotonic, so pruning pops the head. */
  private readonly byAge: TokenRecord[] = [];
  private head = 0;
  private readonly ttlMs: number;
  private readonly graceMs: number;
  private readonly now: () => number;

  constructor(options: TokenStoreOptions) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.graceMs = options.graceSeconds * 1000;
    this.now = options.now ?? Date.now;
  }

  issue(appid: string): IssuedToken {
    const now = this.now();
    this.prune(now);
    const previous = this.latest.get(appid);
    if (previous && previous.supersededUntil === undefined) previous.supersededUntil = now + this.graceMs;

    const token = randomBytes(20).toString("hex");
    const record: TokenRecord = { token, appid, expiresAt: now + this.ttlMs };
    this.tokens.set(token, record);
    this.latest.set(appid, record);
    this.byAge.push(record);
    return { access_token: token, expires_in: this.ttlMs / 1000 };
  }

  check(token: string): TokenCheck {
    const record = this.tokens.get(token);
    if (!record) return { ok: false, reason: "invalid" };
    const now = this.now();
    // Whichever deadline comes first decides the error: a token that ran out its own ttl during the grace
    // period is "expired", one cut short by rotation is "not latest".
    const { supersededUntil, expiresAt } = record;
    if (supersededUntil !== undefined && supersededUntil < expiresAt && now >= supersededUntil) {
      return { ok: false, reason: "invalid" };
    }
    if (now >= expiresAt) return { ok: false, reason: "expired" };
    return { ok: true, appid: record.appid };
  }

  private prune(now: number) {
    while (this.head < this.byAge.length) {
      const oldest = this.byAge[this.head]!;
      const end = Math.min(oldest.expiresAt, oldest.supersededUntil ?? Infinity);
      if (end + REMEMBER_DEAD_MS > now || this.latest.get(oldest.appid) === oldest) break;
      this.tokens.delete(oldest.token);
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.byAge.length) {
      this.byAge.splice(0, this.head);
      this.head = 0;
    }
  }
}
