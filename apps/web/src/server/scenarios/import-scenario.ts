import { ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { createScenario, type Db } from "@stampede/db";
import { z } from "zod";
import { addCompileIssues } from "./compile-issues";

/** Body of POST /scenarios/import: an export document (`"stampede": 1`), or a plain `{name, spec, load?}`. */
export const ZScenarioImport = z
  .object({
    stampede: z.literal(1, { error: 'this console reads exports with "stampede": 1' }).optional(),
    name: z.string().trim().min(1, "name must not be empty").max(200).default("Imported scenario"),
    description: z.string().max(5000).optional(),
    spec: ZScenarioSpec,
    load: ZLoadConfig.nullish().transform((load) => load ?? undefined),
  })
  .superRefine((input, ctx) => addCompileIssues(ctx, input.spec, ["spec"]));

/** Creates a scenario from an imported document (data files are uploaded apart, as for any scenario). */
export async function importScenario(db: Db, input: z.infer<typeof ZScenarioImport>) {
  return createScenario(db, { name: input.name, description: input.description, spec: input.spec, load: input.load });
}
