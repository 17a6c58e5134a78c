import { z } from "zod";
import { queryNumber } from "@stampede/contracts";

/** Query of GET /projects/:id/audit: one run's entries, the page before an entry id, how many. */
export const ZAuditQuery = z.object({
  runId: z.string().min(1).optional(),
  before: z.string().regex(/^\d+$/, "an entry id").optional(),
  take: queryNumber("a whole number from 1 to 500").pipe(z.number().int().min(1).max(500)).default(100),
});
