import { z } from "zod";

/** Concurrency (VU) mode: a fixed number of virtual users looping over their flow for a duration. */
export const ZConcurrencyLoad = z.object({
  mode: z.literal("concurrency").default("concurrency"),
  vus: z.number().int().min(1, "at least one virtual user").max(100_000),
  durationSeconds: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 3600),
  /** Seconds over which VUs start, evenly; 0 starts them all at once. */
  rampUpSeconds: z.number().int().min(0).default(0),
});
export type TConcurrencyLoad = z.infer<typeof ZConcurrencyLoad>;

/** Load settings of a run. Arrival-rate (TPS) mode joins this union. */
export const ZLoadConfig = ZConcurrencyLoad.refine((l) => l.rampUpSeconds <= l.durationSeconds, {
  path: ["rampUpSeconds"],
  message: "ramp-up cannot be longer than the run",
});
export type TLoadConfig = z.infer<typeof ZLoadConfig>;
export type TLoadConfigInput = z.input<typeof ZLoadConfig>;
