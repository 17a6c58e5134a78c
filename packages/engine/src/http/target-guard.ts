import { describeBlockedTarget, TargetAllowlist } from "@stampede/contracts";
import type { Dispatcher } from "undici";

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

/** The code of the error a redirect to a host outside the allowlist fails with (kind `blocked_target`). */
export const BLOCKED_TARGET_CODE = "STAMPEDE_BLOCKED_TARGET";

/** A no-op controller for an error delivered before the request had one. */
const NO_CONTROLLER = {
  abort: () => undefined,
  pause: () => undefined,
  resume: () => undefined,
  aborted: false,
  paused: false,
  reason: null,
};

type Dispatch = Dispatcher.DispatchHandler;

/**
 * An interceptor, composed under undici's redirect interceptor, that refuses each hop of a followed redirect
 * whose origin is outside the allowlist: an allowed host must not bounce a run onto one that is not (a cloud
 * metadata address, say). The step then fails as `blocked_target`; its first request was sent and answered.
 */
export function refuseBlockedRedirects(targets: TargetGuard | undefined): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => {
    const refusal = targets?.refusal(String(opts.origin));
    if (refusal === undefined) return dispatch(opts, handler);
    const error = Object.assign(new Error(`redirected to a blocked host: ${refusal}`), { code: BLOCKED_TARGET_CODE });
    // Delivered after this call returns, as undici delivers its own errors.
    queueMicrotask(() => (handler as Dispatch).onResponseError?.(NO_CONTROLLER as never, error));
    return true;
  };
}
