import { z } from "zod";

/** Body of PATCH /runs/:id: a run's name (empty or null: show the scenario's) and notes; at least one of them. */
export const ZRunPatch = z
  .object({
    name: z.string().max(200).nullable().optional(),
    notes: z.string().max(10_000).optional(),
  })
  .strict()
  .refine((v) => v.name !== undefined || v.notes !== undefined, { message: "send name, notes or both" });
