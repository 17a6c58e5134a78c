import { maxVusOf, type TLoadConfig } from "@stampede/contracts";
import type { LoadControl } from "@stampede/engine";

/**
 * Turns a run-wide speed change (the whole run's VUs, or its rate) into this shard's part of it, by the
 * same fraction the shard got of the load, and hands it to the engine.
 */
export class SpeedControl implements LoadControl {
  private readonly listeners = new Set<(value: number) => void>();
  private readonly fraction: number;
  /** This shard's latest speed, replayed to a listener that subscribes after the change. */
  private latest: number | undefined;

  constructor(load: TLoadConfig, share: TLoadConfig | undefined) {
    this.fraction = share ? maxVusOf(share) / maxVusOf(load) : 0;
  }

  subscribe(listener: (value: number) => void) {
    this.listeners.add(listener);
    if (this.latest !== undefined) listener(this.latest);
    return () => this.listeners.delete(listener);
  }

  change(runWide: number) {
    this.latest = runWide * this.fraction;
    for (const listener of this.listeners) listener(this.latest);
  }
}
