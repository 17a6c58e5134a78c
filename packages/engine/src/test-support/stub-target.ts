import type { Dispatcher } from "undici";
import type { TimerHandle } from "../types";
import type { VirtualClock } from "./virtual-clock";

/** How the stub answers one request: after `delayMs` of the clock, with `status`. */
export interface StubAnswer {
  delayMs: number;
  status?: number;
}

interface InFlight {
  timer: TimerHandle;
  handler: Dispatcher.DispatchHandler;
}

/**
 * A target that answers in virtual time, through an undici-shaped dispatcher the engine sends to (runLoad's
 * `dispatcher` option): the engine's whole request path runs, but latencies are exact. `destroy()` fails
 * whatever is in flight as undici does ("UND_ERR_DESTROYED").
 */
export class StubTarget {
  /** Requests answered. */
  served = 0;
  /** Requests cancelled while in flight. */
  cancelled = 0;
  /** When each request arrived, in epoch ms of the clock. */
  readonly arrivals: number[] = [];
  private readonly inFlight = new Set<InFlight>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly answer: (path: string, nowMs: number) => StubAnswer,
  ) {}

  /** Requests waiting for their answer now. */
  open(): number {
    return this.inFlight.size;
  }

  /** How many requests arrived in each second from `startMs`, for `seconds` seconds. */
  arrivalsPerSecond(startMs: number, seconds: number): number[] {
    const counts = Array<number>(seconds).fill(0);
    for (const at of this.arrivals) {
      const second = Math.floor((at - startMs) / 1000);
      if (second >= 0 && second < seconds) counts[second]!++;
    }
    return counts;
  }

  readonly dispatcher = {
    dispatch: (options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean => {
      this.arrivals.push(this.clock.now());
      const { delayMs, status = 200 } = this.answer(options.path, this.clock.now());
      const request: InFlight = {
        handler,
        timer: this.clock.setTimeout(() => {
          this.inFlight.delete(request);
          this.served++;
          handler.onHeaders?.(status, [], () => undefined, "OK");
          handler.onComplete?.([]);
        }, delayMs),
      };
      this.inFlight.add(request);
      return true;
    },
    close: async () => undefined,
    destroy: async () => {
      for (const request of [...this.inFlight]) {
        this.clock.clearTimeout(request.timer);
        this.inFlight.delete(request);
        this.cancelled++;
        request.handler.onError?.(Object.assign(new Error("The client is destroyed"), { code: "UND_ERR_DESTROYED" }));
      }
    },
  } as unknown as Dispatcher;
}
