import { listSchedules } from "@stampede/db";
import { getDb } from "@/lib/db";
import { authed, authorize, requestProject } from "@/server/auth/route";
import { toScheduleDto } from "@/server/schedules/schedule-dto";

export const dynamic = "force-dynamic";

/** The project's schedules (`?project=`), each with its next fire times and latest fire. */
export const GET = authed(async (request: Request, _context: unknown, actor) => {
  const projectId = await requestProject(request, actor);
  await authorize(actor, projectId, "read");
  const schedules = await listSchedules(getDb(), { projectId });
  return Response.json({ schedules: schedules.map((s) => toScheduleDto(s)) });
});
