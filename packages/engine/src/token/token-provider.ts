import type { Clock } from "../types";
import type { CompiledTokenProvider } from "./compile-token-provider";
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

  constructor(
    readonly compiled: CompiledTokenProvider,
    private readonly store: TokenStore,
    private readonly fetchToken: () => Promise<FreshToken>,
    private readonly clock: Clock,
  ) {}

  /** The token to send now; undefined when none could be obtained. */
  async get(): Promise<string | undefined> {
    const c = this.current;
    if (c && this.clock.now() < c.refreshAtMs) return c.value;
    await this.renew(c?.version ?? 0);
    return this.current?.value;
  }

  /** Reports that `value` was refused by the API; refreshes if it is still the token in use. */
  async rejected(value: string | undefined): Promise<void> {
    const c = this.current;
    if (!c || c.value !== value) return; // someone already replaced it
    await this.renew(c.version, true);
  }

  private renew(staleVersion: number, force = false): Promise<void> {
    if (this.clock.now() < this.quietUntil && !force) return Promise.resolve();
    this.renewing ??= (async () => {
      try {
        const stored = await this.store.read();
        if (stored && stored.version !== staleVersion && this.clock.now() < stored.refreshAtMs) {
          this.current = stored; // another process refreshed it already
          return;
        }
        this.current = await this.store.refresh(stored?.version ?? staleVersion, this.fetchToken);
      } catch {
        this.quietUntil = this.clock.now() + RETRY_AFTER_FAILURE_MS;
      }
    })().finally(() => (this.renewing = undefined));
    return this.renewing;
  }
}
