import {
  ConflictError,
  countProjectAdmins,
  findMemberRole,
  NotFoundError,
  removeProjectMember,
  setProjectMember,
} from "@stampede/db";
import { getDb } from "@/lib/db";
import { ZMemberRoleInput } from "@/server/accounts/account-inputs";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize } from "@/server/auth/route";
import { readRequiredJsonBody } from "@/server/http/read-body";

export const dynamic = "force-dynamic";

interface MemberRouteContext {
  params: Promise<{ id: string; userId: string }>;
}

/** A project always keeps one admin, or no one could manage its members and keys again. */
async function assertNotLastAdmin(projectId: string, userId: string) {
  const db = getDb();
  const role = await findMemberRole(db, projectId, userId);
  if (!role) throw new NotFoundError("member", userId);
  if (role === "ADMIN" && (await countProjectAdmins(db, projectId)) <= 1)
    throw new ConflictError("this is the project's last admin; make someone else admin first");
}

/** Changes a member's role (admin). */
export const PATCH = authed(async (request: Request, { params }: MemberRouteContext, actor) => {
  const { id, userId } = await params;
  const access = await authorize(actor, id, "admin");
  const { role } = ZMemberRoleInput.parse(await readRequiredJsonBody(request));
  if (role !== "ADMIN") await assertNotLastAdmin(id, userId);
  await setProjectMember(getDb(), id, userId, role);
  await recordAudit(access, "member.role", { type: "member", id: userId }, { role });
  return Response.json({ member: { userId, role } });
});

/** Removes a member from the project (admin); their account stays. */
export const DELETE = authed(async (_request: Request, { params }: MemberRouteContext, actor) => {
  const { id, userId } = await params;
  const access = await authorize(actor, id, "admin");
  await assertNotLastAdmin(id, userId);
  await removeProjectMember(getDb(), id, userId);
  await recordAudit(access, "member.remove", { type: "member", id: userId });
  return new Response(null, { status: 204 });
});
