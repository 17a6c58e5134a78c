import { CliError } from "./exit-codes";

const UNIT_SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1 };
const PART = /(\d+(?:\.\d+)?)([hms])/g;

/**
 * Parses a duration flag into whole seconds: `90` (seconds), `30s`, `2m`, `1h`, or combinations like `1m30s`.
 * The engine schedules in whole seconds, so `1.5m` is fine but `2.5s` is refused rather than rounded.
 */
export function parseDuration(flag: string, raw: string): number {
  const text = raw.trim().toLowerCase();
  const bad = (why: string) => new CliError(`${flag} "${raw}": ${why}`);
  if (/^\d+(\.\d+)?$/.test(text)) return wholeSeconds(Number(text), bad);
  const consumed = [...text.matchAll(PART)];
  if (consumed.length === 0 || consumed.map((m) => m[0]).join("") !== text) {
    throw bad("expected a duration like 30s, 2m, 1m30s or 90 (seconds)");
  }
  const units = consumed.map((m) => m[2]!);
  if (new Set(units).size !== units.length) throw bad("a unit appears twice");
  const seconds = consumed.reduce((sum, m) => sum + Number(m[1]) * UNIT_SECONDS[m[2]!]!, 0);
  return wholeSeconds(seconds, bad);
}

function wholeSeconds(seconds: number, bad: (why: string) => CliError): number {
  // Floating point: 0.1h is 360.00000000000006 s.
  const rounded = Math.round(seconds * 1000) / 1000;
  if (!Number.isInteger(rounded)) throw bad("durations are whole seconds");
  return rounded;
}

/** `90` → `1m30s`, for banners and notes. */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [h ? `${h}h` : "", m ? `${m}m` : "", s || (!h && !m) ? `${s}s` : ""];
  return parts.join("");
}
