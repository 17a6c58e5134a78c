import { type TLoadConfig, ZLoadConfig } from "@stampede/contracts";
import type { LoadDefaults } from "@/components/start-run-dialog";

/** What the Start dialog suggests when a scenario has no saved load settings. */
const FALLBACK: LoadDefaults = { vus: 10, durationSeconds: 30, rampUpSeconds: 0 };

/** The Start dialog's prefill: the scenario's saved load when it reads as valid, else 10 VUs for 30 s. */
export function loadDefaults(saved: unknown): LoadDefaults {
  const parsed = ZLoadConfig.safeParse(saved);
  if (!parsed.success || parsed.data.mode !== "concurrency") return FALLBACK;
  const { vus, durationSeconds, rampUpSeconds } = parsed.data;
  return { vus, durationSeconds, rampUpSeconds };
}

/** "10 VUs · 30s" or "200 TPS (max 50 VUs) · 60s", or an em dash when absent. */
export function describeLoad(load: TLoadConfig | LoadDefaults | null): string {
  if (!load) return "—";
  if ("mode" in load && load.mode === "rate")
    return `${load.targetRate} TPS (max ${load.maxVus} VUs) · ${load.durationSeconds}s`;
  return `${load.vus} VU${load.vus === 1 ? "" : "s"} · ${load.durationSeconds}s`;
}
