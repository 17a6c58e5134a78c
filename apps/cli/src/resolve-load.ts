import { planPeak, type TConcurrencyLoad, type TLoadConfig, ZLoadConfig } from "@stampede/contracts";
import type { TRunArgs } from "./args";
import { formatDuration } from "./duration";
import { CliError } from "./exit-codes";

/** The load flags of `stampede run`. */
export type TLoadFlags = Pick<TRunArgs, "vus" | "durationSeconds" | "rampSeconds" | "rps" | "maxVus">;

/** The load a run uses, and what the user should be told about where it came from. */
export interface TResolvedLoad {
  load: TLoadConfig;
  notes: string[];
}

/** Used when neither the file nor the flags say how much load to make. */
export const DEFAULT_LOAD: TConcurrencyLoad = { mode: "concurrency", vus: 10, durationSeconds: 30, rampUpSeconds: 0 };

/** The flag behind each field, so an error names what the user typed (values may also come from the file). */
const FLAG_OF: Record<string, string> = {
  vus: "--vus",
  durationSeconds: "--duration",
  rampUpSeconds: "--ramp",
  rampSeconds: "--ramp",
  targetRate: "--rps",
  maxVus: "--max-vus",
};

/**
 * Decides the run's load. As in k6, load flags replace the file's load profile rather than patch it: numbers
 * the flags leave out are taken from the file when they mean the same thing there (VUs, duration, ramp, rate),
 * while stages, step ramps and iteration caps, whose timing the flags would contradict, are dropped (and said so).
 */
export function resolveLoad(fileLoad: TLoadConfig | undefined, flags: TLoadFlags): TResolvedLoad {
  const given = Object.values(flags).some((v) => v !== undefined);
  if (!given) {
    if (fileLoad) return { load: fileLoad, notes: [] };
    return {
      load: DEFAULT_LOAD,
      notes: [`no load in the file and no load flags: using the default, ${describeLoad(DEFAULT_LOAD)}`],
    };
  }
  const file = fileLoad;
  const mode =
    flags.rps !== undefined ? "rate" : flags.vus !== undefined ? "concurrency" : (file?.mode ?? "concurrency");
  const durationSeconds = flags.durationSeconds ?? file?.durationSeconds ?? DEFAULT_LOAD.durationSeconds;
  let candidate: unknown;
  if (mode === "rate") {
    const fromFile = file?.mode === "rate" ? file : undefined;
    const targetRate = flags.rps ?? fromFile?.targetRate ?? 1;
    candidate = {
      mode,
      targetRate,
      // The rate flag sets the scale; a VU cap from a file written for another rate would not fit it.
      maxVus:
        flags.maxVus ?? (flags.rps === undefined ? fromFile?.maxVus : undefined) ?? Math.max(10, Math.ceil(targetRate)),
      durationSeconds,
      rampSeconds: flags.rampSeconds ?? fromFile?.rampSeconds ?? 0,
    };
  } else {
    const fromFile = file?.mode === "concurrency" ? file : undefined;
    candidate = {
      mode,
      vus: flags.vus ?? fromFile?.vus ?? DEFAULT_LOAD.vus,
      durationSeconds,
      rampUpSeconds: flags.rampSeconds ?? fromFile?.rampUpSeconds ?? 0,
    };
  }
  const parsed = ZLoadConfig.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${FLAG_OF[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`);
    throw new CliError(`the load is not valid:\n${issues.join("\n")}`);
  }
  return { load: parsed.data, notes: droppedNotes(file) };
}

function droppedNotes(file: TLoadConfig | undefined): string[] {
  if (!file) return [];
  const dropped = [
    file.stages ? "stages" : "",
    file.mode === "concurrency" && file.startPercent !== undefined ? "step ramp" : "",
    file.mode === "concurrency" && file.iterations !== undefined ? "iteration cap" : "",
    file.mode === "rate" && file.startRate !== undefined ? "start rate" : "",
  ].filter(Boolean);
  return dropped.length ? [`the load flags replace the file's load; its ${dropped.join(", ")} are not used`] : [];
}

/** `10 VUs for 30s, ramp-up 5s` / `50 iterations/s for 1m, up to 60 VUs` / `3 stages up to 20 VUs for 1m`. */
export function describeLoad(load: TLoadConfig): string {
  const duration = formatDuration(load.durationSeconds);
  // Stages override the flat size (the target rate, or VUs below Max VUs): they are told by their peak.
  const stages = load.stages ? `${load.stages.length} stages up to ` : "";
  if (load.mode === "rate") {
    const rate = load.stages ? planPeak(load) : load.targetRate;
    const ramp = !load.stages && load.rampSeconds ? `, ramp ${formatDuration(load.rampSeconds)}` : "";
    return `${stages}${rate} iterations/s for ${duration}, up to ${load.maxVus} VUs${ramp}`;
  }
  const shape =
    !load.stages && load.startPercent !== undefined
      ? `, step ramp from ${load.startPercent}%`
      : !load.stages && load.rampUpSeconds
        ? `, ramp-up ${formatDuration(load.rampUpSeconds)}`
        : "";
  const cap = load.iterations !== undefined ? `, at most ${load.iterations} iterations` : "";
  return `${stages}${planPeak(load)} VUs for ${duration}${shape}${cap}`;
}
