import { maxVusOf, type TLoadConfig } from "@stampede/contracts";
import type { LoadControl } from "@stampede/engine";

/**
 * Turns a run-wide speed change (the whole run's VUs or rate, or one flow's) into this shard's part of it, by
 * the same fraction the shard got of the load, and hands it to the engine.
 */
export class SpeedControl implements LoadControl {
  private readonly listeners = new Set<(value: number, flow?: string) => void>();
  private readonly fraction: number;
  /** This shard's latest speeds (the whole run's, then per flow), replayed to a listener that subscribes after. */
  private latest = new Map<string | undefined, number>();

  constructor(load: TLoadConfig, share: TLoadConfig | undefined) {
    this.fraction = share ? maxVusOf(share) / maxVusOf(load) : 0;
  }

  subscribe(listener: (value: number, flow?: string) => void) {
    this.listeners.add(listener);
    for (const [flow, value] of this.latest) listener(value, flow);
    return () => this.listeners.delete(listener);
  }

  /** A change for the whole run (it replaces earlier per-flow ones), or with `flow` for that flow. */
  change(runWide: number, flow?: string) {
    const value = runWide * this.fraction;
    if (flow === undefined) this.latest.clear();
    this.latest.delete(flow);
    this.latest.set(flow, value);
    for (const listener of this.listeners) listener(value, flow);
  }
}
