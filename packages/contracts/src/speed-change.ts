import { z } from "zod";

/** A new speed for a running run: VUs in concurrency mode, iterations per second in TPS mode. */
export const ZSpeedChange = z.union([
  z.object({ vus: z.number().int().min(0).max(100_000) }).strict(),
  z.object({ rate: z.number().min(0).max(1_000_000) }).strict(),
]);
/** A parsed speed change: exactly one of `vus` or `rate`. */
export type TSpeedChange = z.infer<typeof ZSpeedChange>;
