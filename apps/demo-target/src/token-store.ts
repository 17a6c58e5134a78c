import { randomBytes } from "node:crypto";

/** What a token endpoint hands out, in WeChat's field names. */
export interface IssuedToken {
  access_token: string;
  expires_in: number;
}

/** Outcome of checking a presented token. */
export type TokenCheck = { ok: true; appid: string } | { ok: false; reason: "invalid" | "expired" };

interface TokenRecord {
  appid: string;
  expiresAt: number;
  /** Set once a newer token is issued: the end of this token's grace period. */
  supersededUntil?: number;
}

interface TokenStoreOptions {
  ttlSeconds: number;
  graceSeconds: number;
  now?: () => number;
}

/**
 * Access tokens with WeChat's rotation rule: issuing a new token leaves the previous one usable for a
 * grace period and kills anything older at once. Only the latest two tokens per appid are kept, so memory
 * stays flat however hard a load test hammers the token endpoint.
 */
export class TokenStore {
  private readonly tokens = new Map<string, TokenRecord>();
  private readonly chains = new Map<string, { current: string; previous?: string }>();
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
    const chain = this.chains.get(appid);
    if (chain?.previous) this.tokens.delete(chain.previous);
    const current = chain ? this.tokens.get(chain.current) : undefined;
    if (current) current.supersededUntil = now + this.graceMs;

    const token = randomBytes(20).toString("hex");
    this.tokens.set(token, { appid, expiresAt: now + this.ttlMs });
    this.chains.set(appid, { current: token, previous: chain?.current });
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
}
