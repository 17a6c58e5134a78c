import type { TConcurrencyLoad, TLoadConfig, TRateLoad } from "@stampede/contracts";
import { defaultStages } from "./stages";

/** How VUs come up in concurrency mode. */
export type RampKind = "none" | "linear" | "step" | "stages";

/** The kind the engine follows: explicit stages win over a step ramp, which wins over a linear ramp-up. */
export function rampKindOf(load: TConcurrencyLoad): RampKind {
  if (load.stages) return "stages";
  if (load.startPercent !== undefined) return "step";
  return load.rampUpSeconds > 0 ? "linear" : "none";
}

/** Switching the ramp clears the other kind's fields, so the engine is never left guessing which one wins. */
export function withRamp(load: TConcurrencyLoad, kind: RampKind): TConcurrencyLoad {
  const base = {
    ...load,
    startPercent: undefined,
    incrementPercent: undefined,
    stepDurationSeconds: undefined,
    stages: undefined,
  };
  if (kind === "none") return { ...base, rampUpSeconds: 0 };
  if (kind === "linear") return { ...base, rampUpSeconds: Math.max(1, Math.min(load.durationSeconds, 10)) };
  if (kind === "stages") return { ...base, rampUpSeconds: 0, stages: defaultStages(load.vus, load.durationSeconds) };
  return { ...base, rampUpSeconds: 0, startPercent: 10, incrementPercent: 10, stepDurationSeconds: 10 };
}

/** How the rate moves in TPS mode: from the start rate to the target over the ramp time, or explicit stages. */
export type RateRampKind = "linear" | "stages";

export function rateRampKindOf(load: TRateLoad): RateRampKind {
  return load.stages ? "stages" : "linear";
}

/** As `withRamp`; the target rate stays (the contract requires one) but stages override it. */
export function withRateRamp(load: TRateLoad, kind: RateRampKind): TRateLoad {
  if (kind === "linear") return { ...load, stages: undefined };
  return {
    ...load,
    startRate: undefined,
    rampSeconds: 0,
    stages: defaultStages(load.targetRate, load.durationSeconds),
  };
}

/** The distribution settings a load has set (none of them depend on the load model). */
function distributionOf(
  load: TLoadConfig,
): Pick<TConcurrencyLoad, "regions" | "generators" | "whenBusy" | "waitTimeoutSeconds" | "onGeneratorLost"> {
  const { regions, generators, whenBusy, waitTimeoutSeconds, onGeneratorLost } = load;
  const fields = { regions, generators, whenBusy, waitTimeoutSeconds, onGeneratorLost };
  // Unset ones stay absent, so a load without them saves exactly as before.
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/** Carries the size, duration and distribution over when the model changes. */
export function withMode(load: TLoadConfig, mode: TLoadConfig["mode"]): TLoadConfig {
  if (load.mode === mode) return load;
  if (mode === "rate" && load.mode === "concurrency") {
    return {
      mode,
      targetRate: Math.max(1, load.vus * 10),
      rampSeconds: load.rampUpSeconds,
      durationSeconds: load.durationSeconds,
      maxVus: load.vus,
      ...distributionOf(load),
    };
  }
  if (load.mode === "rate") {
    return {
      mode: "concurrency",
      vus: load.maxVus,
      durationSeconds: load.durationSeconds,
      rampUpSeconds: load.rampSeconds,
      ...distributionOf(load),
    };
  }
  return load;
}
