import type { TGeneratorInfo, TGeneratorShardRef } from "@stampede/contracts";
import type { GeneratorIdentity } from "./generator-identity";

/** How often a generator tells the registry it is alive (the registry calls it lost after 4 s of silence, so a dead one is reported within 5 s). */
export const HEARTBEAT_INTERVAL_MS = 500;

/** What a heartbeat measures of its process; injected so tests choose the time and the CPU used. */
export interface ProcessReadings {
  /** Wall-clock epoch ms. */
  now(): number;
  /** CPU time the process has used so far, user + system, in microseconds. */
  cpuMicros(): number;
  /** Resident set size in bytes. */
  rssBytes(): number;
}

/** The running process's readings. */
export const processReadings: ProcessReadings = {
  now: () => Date.now(),
  cpuMicros: () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  },
  rssBytes: () => process.memoryUsage.rss(),
};

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Builds one heartbeat's info: the identity, the shards running now, and the process's load since the last
 * heartbeat (CPU as a share of one core: 1.5 means one and a half cores busy over that time).
 */
export class HeartbeatSampler {
  private last: { at: number; cpu: number };

  constructor(
    private readonly identity: GeneratorIdentity,
    private readonly shards: () => TGeneratorShardRef[],
    private readonly readings: ProcessReadings = processReadings,
  ) {
    this.last = { at: readings.now(), cpu: readings.cpuMicros() };
  }

  sample(): TGeneratorInfo {
    const at = this.readings.now();
    const cpu = this.readings.cpuMicros();
    const elapsedMs = at - this.last.at;
    // No time passed (or the wall clock stepped back): no share can be measured over it.
    const share = elapsedMs > 0 ? Math.max(0, (cpu - this.last.cpu) / 1000 / elapsedMs) : 0;
    this.last = { at, cpu };
    return {
      ...this.identity,
      capacity: { ...this.identity.capacity },
      cpu: round(share, 3),
      memoryMb: round(this.readings.rssBytes() / (1024 * 1024), 1),
      shards: this.shards(),
      heartbeatAt: at,
    };
  }
}

/** Where a heartbeat goes (GeneratorRegistry.heartbeat). */
export type HeartbeatSink = (info: TGeneratorInfo) => Promise<void>;

/** A running heartbeat loop. */
export interface Heartbeat {
  /** Sends no more heartbeats; resolves once a beat being sent has landed (or failed). */
  stop(): Promise<void>;
}

/** Where a failed beat is reported; only the first of a row of failures, so an outage is one line, not one a second. */
export interface HeartbeatLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

/**
 * Sends a heartbeat now and then every `intervalMs`, the next one never before the previous one has been
 * answered, so a slow Redis never has beats pile up. A failed beat is reported and the loop goes on: the next
 * one may get through.
 */
export function startHeartbeat(
  sampler: HeartbeatSampler,
  send: HeartbeatSink,
  { logger, intervalMs = HEARTBEAT_INTERVAL_MS }: { logger: HeartbeatLog; intervalMs?: number },
): Heartbeat {
  let stopped = false;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const beat = async () => {
    const started = performance.now();
    try {
      await send(sampler.sample());
      if (failing) logger.info({}, "heartbeat sent again");
      failing = false;
    } catch (err) {
      if (!failing) logger.warn({ err }, "heartbeat failed; controllers will see this generator as lost after 4 s");
      failing = true;
    }
    const spent = performance.now() - started;
    if (!stopped) timer = setTimeout(() => (inFlight = beat()), Math.max(0, intervalMs - spent));
  };
  inFlight = beat();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
