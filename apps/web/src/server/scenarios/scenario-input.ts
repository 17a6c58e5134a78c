import { flowApisOf, flowRatesIssues, ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
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
  .superRefine((input, ctx) => {
    addCompileIssues(ctx, input.spec, ["spec"]);
    // Per-flow rates name the scenario's flows and APIs: checked against the spec saved with them.
    if (input.load?.mode === "rate" && input.load.flowRates) {
      for (const issue of flowRatesIssues(input.load.flowRates, flowApisOf(input.spec))) {
        ctx.addIssue({ code: "custom", path: ["load", ...issue.path], message: issue.message });
      }
    }
  });
export type TScenarioInput = z.infer<typeof ZScenarioInput>;
