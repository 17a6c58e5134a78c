import { z } from "zod";
import { refineFlowRates, ZFlowRates } from "./flow-rates";
import { cappedArray, MAX_STAGES } from "./limits";

/** One stage of an explicit load profile: move linearly to `target` over `durationSeconds`. */
export const ZStage = z.object({
  durationSeconds: z.number().int().min(1),
  target: z.number().min(0),
});
export type TStage = z.infer<typeof ZStage>;

/**
 * Where and how widely a run's load is spread, and what happens when generators are busy or lost. Optional on
 * both load modes; absent means any generator in any region, the fewest that fit, wait, reassign.
 */
const distribution = {
  /** Percent of the load per region label: whole numbers ≥ 1 adding up to 100. */
  regions: z.record(z.string().min(1).max(200), z.number().int().min(1).max(100)).optional(),
  /** How many generators to split the load over; absent: the fewest that have room for it. */
  generators: z.number().int().min(1).max(1000).optional(),
  /** With too little free capacity: wait in QUEUED (up to `waitTimeoutSeconds`) or fail at once. */
  whenBusy: z.enum(["wait", "fail"]).optional(),
  waitTimeoutSeconds: z.number().int().min(1).max(86_400).optional(),
  /** A generator that stops heartbeating: give its shard to another, carry on without it, or fail the run. */
  onGeneratorLost: z.enum(["reassign", "continue", "fail"]).optional(),
};

/** Defaults of the distribution settings, applied where they are read (absent fields keep stored runs as they were). */
export const DISTRIBUTION_DEFAULTS = {
  whenBusy: "wait",
  waitTimeoutSeconds: 600,
  onGeneratorLost: "reassign",
} as const;

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
  stages: cappedArray(ZStage, MAX_STAGES, "stages").min(1).optional(),
  /** Stop after this many iterations in all (shared by all VUs), if the duration has not ended first. */
  iterations: z.number().int().min(1).optional(),
  ...distribution,
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
  stages: cappedArray(ZStage, MAX_STAGES, "stages").min(1).optional(),
  /**
   * Each flow's own rate (adding up to `targetRate`), optionally a funnel over its APIs; the profile (ramp,
   * stages) scales every flow alike. Absent: flows share the run's rate by weight.
   */
  flowRates: ZFlowRates.optional(),
  ...distribution,
});
export type TRateLoad = z.infer<typeof ZRateLoad>;

const ZLoadUnion = z.discriminatedUnion("mode", [ZConcurrencyLoad, ZRateLoad]);

/** Load settings of a run. A settings object without `mode` is concurrency mode. */
export const ZLoadConfig = z
  .preprocess((v) => (v && typeof v === "object" && !("mode" in v) ? { ...v, mode: "concurrency" } : v), ZLoadUnion)
  .superRefine((l, ctx) => {
    refineDistribution(l, ctx);
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
    } else {
      if (l.rampSeconds > l.durationSeconds) {
        ctx.addIssue({ code: "custom", path: ["rampSeconds"], message: "ramp cannot be longer than the run" });
      }
      if (l.flowRates) refineFlowRates(l.flowRates, l.targetRate, ctx);
    }
  });
function refineDistribution(l: z.infer<typeof ZLoadUnion>, ctx: z.RefinementCtx) {
  if (!l.regions) return;
  const labels = Object.keys(l.regions);
  if (labels.length === 0) {
    ctx.addIssue({ code: "custom", path: ["regions"], message: "name at least one region, or leave regions out" });
    return;
  }
  const total = Object.values(l.regions).reduce((a, b) => a + b, 0);
  if (total !== 100) {
    ctx.addIssue({
      code: "custom",
      path: ["regions"],
      message: `region percents must add up to 100 (they add up to ${total})`,
    });
  }
  // Every region needs a generator of its own, so fewer generators than regions cannot be placed.
  if (l.generators !== undefined && l.generators < labels.length) {
    ctx.addIssue({
      code: "custom",
      path: ["generators"],
      message: `at least one generator per region: ${labels.length} regions need ${labels.length} or more`,
    });
  }
}

export type TLoadConfig = z.infer<typeof ZLoadUnion>;
export type TLoadConfigInput = z.input<typeof ZLoadUnion> | Omit<z.input<typeof ZConcurrencyLoad>, "mode">;

/** The most VUs a load can use (what the controller shards by). */
export function maxVusOf(load: TLoadConfig): number {
  return load.mode === "rate" ? load.maxVus : load.vus;
}

/** A load's distribution settings with their defaults filled in. */
export function distributionOf(load: TLoadConfig) {
  return {
    regions: load.regions,
    generators: load.generators,
    whenBusy: load.whenBusy ?? DISTRIBUTION_DEFAULTS.whenBusy,
    waitTimeoutSeconds: load.waitTimeoutSeconds ?? DISTRIBUTION_DEFAULTS.waitTimeoutSeconds,
    onGeneratorLost: load.onGeneratorLost ?? DISTRIBUTION_DEFAULTS.onGeneratorLost,
  };
}
