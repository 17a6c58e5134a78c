import { z } from "zod";

/** One stage of an explicit load profile: move linearly to `target` over `durationSeconds`. */
export const ZStage = z.object({
  durationSeconds: z.number().int().min(1),
  target: z.number().min(0),
});
export type TStage = z.infer<typeof ZStage>;

const duration = z
  .number()
  .int()
  .min(1)
  .max(7 * 24 * 3600);

/**
 * Concurrency (VU) mode: virtual users loop over their flow. The VU count follows, in order of precedence,
 * explicit `stages`, PTS's step ramp (start %, increment % every step), or a linear ramp-up to `vus`.
 */
export const ZConcurrencyLoad = z.object({
  mode: z.literal("concurrency"),
  /** Maximum VUs (PTS "Max VUs"). */
  vus: z.number().int().min(1, "at least one virtual user").max(100_000),
  durationSeconds: duration,
  rampUpSeconds: z.number().int().min(0).default(0),
  /** PTS step ramp: start at this % of `vus`... */
  startPercent: z.number().min(1).max(100).optional(),
  /** ...add this % every `stepDurationSeconds`. */
  incrementPercent: z.number().min(1).max(100).optional(),
  stepDurationSeconds: z.number().int().min(1).optional(),
  stages: z.array(ZStage).min(1).optional(),
  /** Stop after this many iterations in all (shared by all VUs), if the duration has not ended first. */
  iterations: z.number().int().min(1).optional(),
});
export type TConcurrencyLoad = z.infer<typeof ZConcurrencyLoad>;

/**
 * Arrival-rate (TPS) mode: iterations start at a rate, scheduled from the absolute start time, whether or
 * not earlier ones have finished; a start with no free VU (all `maxVus` busy) is a dropped iteration.
 */
export const ZRateLoad = z.object({
  mode: z.literal("rate"),
  /** Iterations per second at the start; defaults to `targetRate` (no ramp). */
  startRate: z.number().min(0).optional(),
  targetRate: z.number().positive().max(1_000_000),
  rampSeconds: z.number().int().min(0).default(0),
  durationSeconds: duration,
  maxVus: z.number().int().min(1).max(100_000),
  /** Rate profile overriding start/target/ramp. */
  stages: z.array(ZStage).min(1).optional(),
});
export type TRateLoad = z.infer<typeof ZRateLoad>;

const ZLoadUnion = z.discriminatedUnion("mode", [ZConcurrencyLoad, ZRateLoad]);

/** Load settings of a run. A settings object without `mode` is concurrency mode. */
export const ZLoadConfig = z
  .preprocess((v) => (v && typeof v === "object" && !("mode" in v) ? { ...v, mode: "concurrency" } : v), ZLoadUnion)
  .superRefine((l, ctx) => {
    if (l.mode === "concurrency") {
      if (l.rampUpSeconds > l.durationSeconds) {
        ctx.addIssue({ code: "custom", path: ["rampUpSeconds"], message: "ramp-up cannot be longer than the run" });
      }
      const step = [l.startPercent, l.incrementPercent, l.stepDurationSeconds];
      if (step.some((v) => v !== undefined) && step.some((v) => v === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: ["startPercent"],
          message: "a step ramp needs startPercent, incrementPercent and stepDurationSeconds together",
        });
      }
    } else if (l.rampSeconds > l.durationSeconds) {
      ctx.addIssue({ code: "custom", path: ["rampSeconds"], message: "ramp cannot be longer than the run" });
    }
  });
export type TLoadConfig = z.infer<typeof ZLoadUnion>;
export type TLoadConfigInput = z.input<typeof ZLoadUnion> | Omit<z.input<typeof ZConcurrencyLoad>, "mode">;

/** The most VUs a load can use (what the controller shards by). */
export function maxVusOf(load: TLoadConfig): number {
  return load.mode === "rate" ? load.maxVus : load.vus;
}
