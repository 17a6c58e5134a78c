import { COMPLIANCE_STATEMENT, ZScheduleInput } from "@stampede/contracts";
import { createSchedule, listSchedules } from "@stampede/db";
import { getDb } from "@/lib/db";
import { BadRequestError } from "@/server/http/errors";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeScenario } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import { toScheduleDto } from "@/server/schedules/schedule-dto";
import { syncSchedule } from "@/server/schedules/sync-schedule";

export const dynamic = "force-dynamic";

export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeScenario(actor, id, "read");
  const schedules = await listSchedules(getDb(), { scenarioId: id });
  return Response.json({ schedules: schedules.map((s) => toScheduleDto(s)) });
});

/** Creates a schedule; its runs start on the creator's behalf, so the creator confirms compliance here. */
export const POST = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeScenario(actor, id, "run");
  const body = await readRequiredJsonBody(request);
  if ((body as { confirmCompliance?: unknown }).confirmCompliance !== true) {
    throw new BadRequestError([`confirmCompliance: must be true, confirming that ${COMPLIANCE_STATEMENT}`]);
  }
  const input = ZScheduleInput.parse(body);
  const by = actor.kind === "user" ? { label: actor.label, userId: actor.userId } : { label: actor.label };
  const schedule = await createSchedule(getDb(), id, input, by);
  await syncSchedule(schedule);
  await recordAudit(access, "schedule.create", { type: "schedule", id: schedule.id }, { scenarioId: id });
  return Response.json({ schedule: toScheduleDto(schedule) }, { status: 201 });
});
