import { ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { z } from "zod";
import { addCompileIssues } from "./compile-issues";

/** Body of POST /scenarios and PUT /scenarios/:id (a PUT replaces the whole scenario). */
export const ZScenarioInput = z
  .object({
    name: z.string().trim().min(1, "name must not be empty").max(200),
    description: z.string().max(5000).optional(),
    spec: ZScenarioSpec,
    load: ZLoadConfig.optional(),
  })
  .superRefine((input, ctx) => addCompileIssues(ctx, input.spec, ["spec"]));
export type TScenarioInput = z.infer<typeof ZScenarioInput>;
