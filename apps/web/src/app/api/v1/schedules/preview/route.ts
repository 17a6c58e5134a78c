import { cronIssue, isTimeZone, nextCronFires } from "@stampede/contracts";
import { authed } from "@/server/auth/route";
import { BadRequestError } from "@/server/http/errors";

export const dynamic = "force-dynamic";

/** The next five fire times of `?cron=` read in `?timezone=` (default UTC), for the create form. */
export const GET = authed(async (request: Request) => {
  const query = new URL(request.url).searchParams;
  const cron = query.get("cron") ?? "";
  const timezone = query.get("timezone") ?? "UTC";
  const issues: string[] = [];
  const cronProblem = cron ? cronIssue(cron) : "is required";
  if (cronProblem) issues.push(`cron: ${cronProblem}`);
  if (!isTimeZone(timezone)) issues.push(`timezone: unknown IANA time zone "${timezone}"`);
  if (issues.length) throw new BadRequestError(issues);
  const fires = nextCronFires(cron, timezone, new Date(), 5);
  return Response.json({ nextFires: fires.map((d) => d.toISOString()) });
});
