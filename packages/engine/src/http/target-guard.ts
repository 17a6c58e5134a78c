import { describeBlockedTarget, TargetAllowlist } from "@stampede/contracts";

/** Verdicts kept at most; a host made from data can name a new origin per request. */
const MAX_CACHED_ORIGINS = 10_000;

/**
 * Checks each request's origin against the run's target allowlist before it is sent. The verdict is kept
 * per origin, so a run's usual handful of origins costs one map lookup per request.
 */
export class TargetGuard {
  private readonly allowlist: TargetAllowlist;
  private readonly verdicts = new Map<string, string | undefined>();

  constructor(entries: readonly string[]) {
    this.allowlist = new TargetAllowlist(entries);
  }

  /** Undefined when requests to `origin` (`http://host:port`) may be sent; else why not. */
  refusal(origin: string): string | undefined {
    if (this.verdicts.has(origin)) return this.verdicts.get(origin);
    const verdict = this.judge(origin);
    if (this.verdicts.size < MAX_CACHED_ORIGINS) this.verdicts.set(origin, verdict);
    return verdict;
  }

  private judge(origin: string): string | undefined {
    let url: URL;
    try {
      // Parsed as undici parses the origin it connects to, so the host checked is the host reached.
      url = new URL(origin);
    } catch {
      return `"${origin}" is not a URL whose host can be checked against the target allowlist`;
    }
    const blocked = this.allowlist.check(url);
    return blocked && describeBlockedTarget(blocked);
  }
}
