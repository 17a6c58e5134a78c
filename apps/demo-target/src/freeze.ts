import { setTimeout as sleep } from "node:timers/promises";

/** Longest stall POST /__control/freeze accepts; a longer one would only look like a dead server. */
export const MAX_FREEZE_MS = 60_000;

/** A server-wide "hold every response until T" switch, for testing how a client measures a stall. */
export class FreezeGate {
  private until = 0;

  constructor(private readonly signal: AbortSignal) {}

  /** Freezes for `ms` from now (capped); 0 thaws. Returns the time responses are held until. */
  freezeFor(ms: number): Date {
    this.until = Date.now() + Math.min(Math.max(ms, 0), MAX_FREEZE_MS);
    return new Date(this.until);
  }

  /** Resolves once no freeze is in force. Rejects when the server shuts down. */
  async pass(): Promise<void> {
    // Loop: a freeze can be extended while a response is already waiting on the previous one.
    for (let wait = this.until - Date.now(); wait > 0; wait = this.until - Date.now()) {
      await sleep(wait, undefined, { signal: this.signal });
    }
  }
}

/** An artificial delay that gives up when the server shuts down. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return sleep(ms, undefined, { signal });
}
