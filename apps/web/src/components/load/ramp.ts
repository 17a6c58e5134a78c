import type { TConcurrencyLoad, TLoadConfig } from "@stampede/contracts";

/** How VUs come up in concurrency mode. */
export type RampKind = "none" | "linear" | "step";

export function rampKindOf(load: TConcurrencyLoad): RampKind {
  if (load.startPercent !== undefined) return "step";
  return load.rampUpSeconds > 0 ? "linear" : "none";
}

/** Switching the ramp clears the other kind's fields, so the engine is never left guessing which one wins. */
export function withRamp(load: TConcurrencyLoad, kind: RampKind): TConcurrencyLoad {
  const base = { ...load, startPercent: undefined, incrementPercent: undefined, stepDurationSeconds: undefined };
  if (kind === "none") return { ...base, rampUpSeconds: 0 };
  if (kind === "linear") return { ...base, rampUpSeconds: Math.max(1, Math.min(load.durationSeconds, 10)) };
  return { ...base, rampUpSeconds: 0, startPercent: 10, incrementPercent: 10, stepDurationSeconds: 10 };
}

/** Carries the size and duration over when the model changes. */
export function withMode(load: TLoadConfig, mode: TLoadConfig["mode"]): TLoadConfig {
  if (load.mode === mode) return load;
  if (mode === "rate" && load.mode === "concurrency") {
    return {
      mode,
      targetRate: Math.max(1, load.vus * 10),
      rampSeconds: load.rampUpSeconds,
      durationSeconds: load.durationSeconds,
      maxVus: load.vus,
    };
  }
  if (load.mode === "rate") {
    return {
      mode: "concurrency",
      vus: load.maxVus,
      durationSeconds: load.durationSeconds,
      rampUpSeconds: load.rampSeconds,
    };
  }
  return load;
}
