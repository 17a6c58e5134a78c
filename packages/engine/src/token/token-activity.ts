import type { TTokenSecond } from "@stampede/contracts";
import type { TokenRecord } from "./token-store";

/** Why the provider asked for a new token. */
export type RefreshReason = "first" | "ahead" | "expired" | "rejection";

/**
 * Counts what this process's token provider did in the current second; `cut` hands the second over (for the
 * shard frame) and starts the next, so every fetch is counted in exactly one second.
 */
export class TokenActivity {
  private fetches = 0;
  private ahead = 0;
  private onRejection = 0;
  private errors = 0;

  /** A token request of ours ended (with a token or not). */
  fetched(reason: RefreshReason) {
    this.fetches++;
    if (reason === "ahead") this.ahead++;
    else if (reason === "rejection") this.onRejection++;
  }

  /** An attempt to get a new token failed: the request failed, no token came back, or the shared store did. */
  failed() {
    this.errors++;
  }

  /** Closes the second; the age is that of `current`, the token this process uses now. */
  cut(current: TokenRecord | undefined, nowMs: number): TTokenSecond {
    const second: TTokenSecond = {
      fetches: this.fetches,
      refreshesAhead: this.ahead,
      refreshesOnRejection: this.onRejection,
      errors: this.errors,
      ageSeconds:
        current?.fetchedAtMs === undefined ? null : Math.round(Math.max(0, nowMs - current.fetchedAtMs)) / 1000,
    };
    this.fetches = this.ahead = this.onRejection = this.errors = 0;
    return second;
  }
}
