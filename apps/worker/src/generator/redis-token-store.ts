import type { FreshToken, TokenRecord, TokenStore } from "@stampede/engine";
import type { Redis } from "ioredis";

/** How long one generator may hold the refresh lock (longer than any sane token request). */
const LOCK_MS = 15_000;
/** How long a generator waits for another one's refresh before giving up on this attempt. */
const WAIT_MS = 30_000;
const POLL_MS = 50;

// Deletes the lock only if we still own it, so a slow fetch never frees someone else's lock.
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/**
 * The token provider's store across machines: every load generator of a run reads the same token from
 * Redis, and a SET NX lock lets exactly one of them fetch a new one while the others wait for it. WeChat
 * invalidates the previous token when a new one is issued, so N workers refreshing at once would each
 * knock out the others' tokens; with this store they never do.
 */
export class RedisTokenStore implements TokenStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: { token: string; tokenLock: string },
    private readonly owner: string,
  ) {}

  async read(): Promise<TokenRecord | undefined> {
    const raw = await this.redis.get(this.keys.token);
    return raw ? (JSON.parse(raw) as TokenRecord) : undefined;
  }

  async refresh(staleVersion: number, fetch: () => Promise<FreshToken>): Promise<TokenRecord> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const current = await this.read();
      if (current && current.version !== staleVersion) return current;
      if (await this.redis.set(this.keys.tokenLock, this.owner, "PX", LOCK_MS, "NX")) {
        try {
          const again = await this.read(); // someone may have finished between our read and the lock
          if (again && again.version !== staleVersion) return again;
          const record: TokenRecord = { ...(await fetch()), version: (again?.version ?? 0) + 1 };
          await this.redis.set(this.keys.token, JSON.stringify(record), "EX", 24 * 3600);
          return record;
        } finally {
          await this.redis.eval(RELEASE, 1, this.keys.tokenLock, this.owner);
        }
      }
      if (Date.now() > deadline) throw new Error("timed out waiting for another load generator to refresh the token");
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
}
