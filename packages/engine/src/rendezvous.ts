import type { Clock, TimerHandle } from "./types";

/**
 * Rendezvous points: VUs arriving at a point wait until `users` of them are there (then all go at once,
 * the point of the exercise: a burst), or until the first waiter's timeout, or until the run stops.
 */
export class RendezvousPoints {
  private readonly waiting = new Map<string, Array<() => void>>();
  private readonly timers = new Map<string, TimerHandle>();

  constructor(private readonly clock: Clock) {}

  arrive(name: string, users: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const queue = this.waiting.get(name) ?? [];
      this.waiting.set(name, queue);
      queue.push(resolve);
      if (queue.length >= users) this.release(name);
      else if (queue.length === 1)
        this.timers.set(
          name,
          this.clock.setTimeout(() => this.release(name), timeoutMs),
        );
    });
  }

  /** Lets everyone go (the run is stopping). */
  releaseAll() {
    for (const name of [...this.waiting.keys()]) this.release(name);
  }

  private release(name: string) {
    this.clock.clearTimeout(this.timers.get(name));
    this.timers.delete(name);
    const queue = this.waiting.get(name) ?? [];
    this.waiting.delete(name);
    for (const go of queue) go();
  }
}
