import type { Clock } from "../types";
import type { CompiledTokenProvider } from "./compile-token-provider";
import { type RefreshReason, TokenActivity } from "./token-activity";
import type { FreshToken, TokenRecord, TokenStore } from "./token-store";

/** After a failed fetch, VUs use what they have for this long before anyone asks the platform again. */
const RETRY_AFTER_FAILURE_MS = 1000;

/**
 * Hands every VU of this process the shared token: from a local copy while it is fresh, else refreshed
 * through the store (one fetch at a time, everywhere). A business API's rejection refreshes it too — but
 * only if the rejected token is still the current one, so a burst of 401s triggers one fetch, not many.
 */
export class TokenProvider {
  private current: TokenRecord | undefined;
  private renewing: Promise<void> | undefined;
  private quietUntil = 0;
  /** What this process's provider did, second by second (the shard frame's `token`). */
  private readonly activity = new TokenActivity();

  constructor(
    readonly compiled: CompiledTokenProvider,
    private readonly store: TokenStore,
    private readonly fetchToken: () => Promise<FreshToken>,
    private readonly clock: Clock,
  ) {}

  /** The token to send now; undefined when none could be obtained. */
  async get(): Promise<string | undefined> {
    const c = this.current;
    const now = this.clock.now();
    if (c && now < c.refreshAtMs) return c.value;
    await this.renew(c?.version ?? 0, false, !c ? "first" : now < c.expiresAtMs ? "ahead" : "expired");
    return this.current?.value;
  }

  /** Reports that `value` was refused by the API; refreshes if it is still the token in use. */
  async rejected(value: string | undefined): Promise<void> {
    const c = this.current;
    if (!c || c.value !== value) return; // someone already replaced it
    await this.renew(c.version, true, "rejection");
  }

  /** The second's activity, closed (see TokenActivity.cut). */
  cutActivity(): ReturnType<TokenActivity["cut"]> {
    return this.activity.cut(this.current, this.clock.now());
  }

  private renew(staleVersion: number, force: boolean, reason: RefreshReason): Promise<void> {
    if (this.clock.now() < this.quietUntil && !force) return Promise.resolve();
    this.renewing ??= (async () => {
      try {
        const stored = await this.store.read();
        if (stored && stored.version !== staleVersion && this.clock.now() < stored.refreshAtMs) {
          this.current = stored; // another process refreshed it already
          return;
        }
        this.current = await this.store.refresh(stored?.version ?? staleVersion, () => this.countedFetch(reason));
      } catch {
        this.activity.failed();
        this.quietUntil = this.clock.now() + RETRY_AFTER_FAILURE_MS;
      }
    })().finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  /** A fetch of ours, counted in the second it ends (as the token request's metrics are). */
  private async countedFetch(reason: RefreshReason) {
    try {
      return await this.fetchToken();
    } finally {
      this.activity.fetched(reason);
    }
  }
}
