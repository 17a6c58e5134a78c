import { ZCurrentProjectInput } from "@/server/accounts/account-inputs";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { authed, authorize, CURRENT_PROJECT_COOKIE } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/** Remembers the project the console shows (a cookie); the user must be a member of it. */
export const POST = authed(async (request: Request, _context: unknown, actor) => {
  const { projectId } = ZCurrentProjectInput.parse(await readRequiredJsonBody(request));
  await authorize(actor, projectId, "read");
  const cookie = `${CURRENT_PROJECT_COOKIE}=${encodeURIComponent(projectId)}; Path=/; SameSite=Lax; HttpOnly; Max-Age=31536000`;
  return Response.json({ projectId }, { headers: { "Set-Cookie": cookie } });
});
