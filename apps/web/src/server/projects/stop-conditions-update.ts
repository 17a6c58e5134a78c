import { ZStopConditions } from "@stampede/contracts";
import { z } from "zod";

/** Body of PUT /projects/:id/stop-conditions. A default applies to every scenario of the project, so it cannot name one scenario's API. */
export const ZStopConditionsUpdate = z.object({
  stopConditions: ZStopConditions.superRefine((rules, ctx) =>
    rules.forEach((r, i) => {
      if (r.step !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [i, "step"],
          message: "project defaults are for the whole run; leave step out",
        });
      }
    }),
  ),
});
