/** A token as the provider shares it: the value, when to refresh it, and a version that counts refreshes. */
export interface TokenRecord {
  value: string;
  /** Refresh from this moment on (expiry minus the margin, never less than half the lifetime). */
  refreshAtMs: number;
  expiresAtMs: number;
  /** 1 for the first token, +1 per refresh; 0 means "no token yet". */
  version: number;
  /** When it was fetched (epoch ms); absent in records written before this was kept. */
  fetchedAtMs?: number;
}

/** What a fetch of a new token returns. */
export type FreshToken = Omit<TokenRecord, "version">;

/**
 * Where the current token lives. Everyone sharing a store shares one token, and at most one of them fetches
 * a new one at a time: in one process the memory store below; across machines the worker's Redis store.
 * Platforms that invalidate the previous token when a new one is issued (WeChat) are never stormed.
 */
export interface TokenStore {
  /** The token the store holds now, if any (another process may have refreshed it). */
  read(): Promise<TokenRecord | undefined>;
  /**
   * Replaces the token of version `staleVersion` by calling `fetch` — unless it has already been replaced,
   * in which case the newer token is returned and `fetch` is not called. Concurrent callers share one fetch.
   */
  refresh(staleVersion: number, fetch: () => Promise<FreshToken>): Promise<TokenRecord>;
}

/** A process-local store: single flight through one shared promise. */
export class MemoryTokenStore implements TokenStore {
  private record: TokenRecord | undefined;
  private inflight: Promise<TokenRecord> | undefined;

  async read() {
    return this.record;
  }

  refresh(staleVersion: number, fetch: () => Promise<FreshToken>): Promise<TokenRecord> {
    if (this.record && this.record.version !== staleVersion) return Promise.resolve(this.record);
    this.inflight ??= fetch()
      .then((fresh) => (this.record = { ...fresh, version: (this.record?.version ?? 0) + 1 }))
      .finally(() => (this.inflight = undefined));
    return this.inflight;
  }
}
