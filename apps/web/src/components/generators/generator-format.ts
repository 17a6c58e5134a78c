import type { TGeneratorStatus } from "@stampede/contracts";
import { formatInt, formatRate } from "../../lib/format";

/** "0.4 s", "42 s", "3 min", "2 h": how long ago a heartbeat was, fine-grained where it matters (seconds). */
export function formatSince(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 10) return `${formatRate(s)} s`;
  if (s < 60) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  return `${Math.floor(s / 3600)} h`;
}

/** "up" or "lost", and for how long: a lost generator's last heartbeat is the moment it went quiet. */
export function generatorState(g: Pick<TGeneratorStatus, "alive" | "heartbeatAt">, nowMs: number): string {
  const since = formatSince(nowMs - g.heartbeatAt);
  return g.alive ? `up (beat ${since} ago)` : `lost ${since} ago`;
}

/** "1,000 VUs · 5,000/s" for a capacity, a reservation or free room. */
export function formatAmount(vus: number, rate: number): string {
  return `${formatInt(vus)} VU${vus === 1 ? "" : "s"} · ${formatInt(rate)}/s`;
}

/** CPU as a share of one core, in percent: "135%" is more than one core busy. */
export function formatCpu(share: number): string {
  return `${formatInt(share * 100)}%`;
}
