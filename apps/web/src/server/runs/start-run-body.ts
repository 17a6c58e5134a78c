import { COMPLIANCE_STATEMENT, ZLoadConfig } from "@stampede/contracts";
import { z } from "zod";
import { BadRequestError } from "../http/errors";

/**
 * The start body as the API document describes it: the confirmation beside optional load settings (the same
 * fields as a scenario's saved load). parseStartRunBody reads it; the load is validated by the run lifecycle.
 */
export const ZStartRunBody = z
  .object({ confirmCompliance: z.literal(true).describe(`Confirms that ${COMPLIANCE_STATEMENT}`) })
  .and(ZLoadConfig.optional());

/** A start request as the lifecycle takes it: the load asked for (undefined: the saved one) and when it was confirmed. */
export interface StartRunRequest {
  load: unknown;
  complianceConfirmedAt: Date;
}

/**
 * Body of POST /scenarios/:id/runs: the load settings with `"confirmCompliance": true` beside them; with no
 * load fields, the scenario's saved load. A start without the confirmation is refused, whoever sends it.
 */
export function parseStartRunBody(body: unknown, now: Date): StartRunRequest {
  if (body !== undefined && (typeof body !== "object" || body === null || Array.isArray(body))) {
    throw new BadRequestError(['body: must be a JSON object, e.g. {"confirmCompliance": true, "vus": 10}']);
  }
  const { confirmCompliance, ...load } = (body ?? {}) as Record<string, unknown>;
  if (confirmCompliance !== true) {
    throw new BadRequestError([
      `confirmCompliance: must be true, confirming that ${COMPLIANCE_STATEMENT} (got ${JSON.stringify(confirmCompliance) ?? "nothing"})`,
    ]);
  }
  return { load: Object.keys(load).length > 0 ? load : undefined, complianceConfirmedAt: now };
}
