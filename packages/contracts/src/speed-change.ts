import { z } from "zod";

/** Which flow a speed change is for; absent: the whole run (every flow keeps its share). */
const flow = z.string().min(1).max(120).optional();

/**
 * A new speed for a running run: VUs in concurrency mode, iterations per second in TPS mode, for the whole run
 * or, with `flow`, for that flow alone.
 */
export const ZSpeedChange = z.union([
  z.object({ vus: z.number().int().min(0).max(100_000), flow }).strict(),
  z.object({ rate: z.number().min(0).max(1_000_000), flow }).strict(),
]);
/** A parsed speed change: exactly one of `vus` or `rate`, and maybe a flow. */
export type TSpeedChange = z.infer<typeof ZSpeedChange>;
