import { findUserByEmail, listProjectMembers, setProjectMember } from "@stampede/db";
import { getDb } from "@/lib/db";
import { ZMemberInput } from "@/server/accounts/account-inputs";
import { recordAudit } from "@/server/audit/record-audit";
import { createUser } from "@/server/auth/create-user";
import { authed, authorize } from "@/server/auth/route";
import { BadRequestError } from "@/server/http/errors";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorize(actor, id, "read");
  return Response.json({ members: await listProjectMembers(getDb(), id) });
});

/**
 * Adds a member with a role (admin). An e-mail with no account yet needs `password`: the admin creates the
 * account and hands the password over (there is no e-mail sending to invite with).
 */
export const POST = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorize(actor, id, "admin");
  const input = ZMemberInput.parse(await readRequiredJsonBody(request));
  const db = getDb();
  let user = await findUserByEmail(db, input.email);
  if (!user) {
    if (!input.password)
      throw new BadRequestError([`password: ${input.email} has no account yet; give a first password to create it`]);
    const created = await createUser({ email: input.email, password: input.password, name: input.name });
    user = await findUserByEmail(db, created.email);
  }
  await setProjectMember(db, id, user!.id, input.role);
  await recordAudit(access, "member.add", { type: "member", id: user!.id }, { email: input.email, role: input.role });
  return Response.json({ member: { userId: user!.id, email: input.email, role: input.role } }, { status: 201 });
});
