import { planPeak, type TLoadConfig, ZLoadConfig } from "@stampede/contracts";
import { hasDistribution } from "../components/load/describe-distribution";
import type { LoadDefaults } from "@/components/start-run/start-run-button";

/** What the Start dialog suggests when a scenario has no saved load settings. */
const FALLBACK: LoadDefaults = { vus: 10, durationSeconds: 30, rampUpSeconds: 0 };

/**
 * The Start dialog's prefill: the scenario's saved load when it reads as valid, else 10 VUs for 30 s. A saved
 * load the dialog's three fields cannot hold (TPS, a step ramp, stages, an iteration cap, a distribution) comes as `plan`,
 * which the dialog starts as saved rather than quietly dropping what it cannot show.
 */
export function loadDefaults(saved: unknown): LoadDefaults {
  const parsed = ZLoadConfig.safeParse(saved);
  if (!parsed.success) return FALLBACK;
  const load = parsed.data;
  if (load.mode === "rate") {
    return { vus: load.maxVus, durationSeconds: load.durationSeconds, rampUpSeconds: 0, plan: load };
  }
  const { vus, durationSeconds, rampUpSeconds } = load;
  const simple =
    !load.stages && load.startPercent === undefined && load.iterations === undefined && !hasDistribution(load);
  return simple ? { vus, durationSeconds, rampUpSeconds } : { vus, durationSeconds, rampUpSeconds, plan: load };
}

/** "10 VUs · 30s", "200 TPS (max 50 VUs) · 60s", "stages up to 20 VUs · 60s", or an em dash when absent. */
export function describeLoad(defaults: TLoadConfig | LoadDefaults | null): string {
  if (!defaults) return "—";
  const load = "plan" in defaults && defaults.plan ? defaults.plan : defaults;
  const cap = "iterations" in load && load.iterations !== undefined ? ` · ≤${load.iterations} iterations` : "";
  if ("mode" in load && load.mode === "rate") {
    const rate = load.stages ? `stages up to ${planPeak(load)} TPS` : `${load.targetRate} TPS`;
    return `${rate} (max ${load.maxVus} VUs) · ${load.durationSeconds}s`;
  }
  const vus = "stages" in load && load.stages ? planPeak({ ...load, mode: "concurrency" }) : load.vus;
  const stages = "stages" in load && load.stages ? "stages up to " : "";
  return `${stages}${vus} VU${vus === 1 ? "" : "s"} · ${load.durationSeconds}s${cap}`;
}
