import { countUsers, DEFAULT_PROJECT_ID, setProjectMember } from "@stampede/db";
import { getDb } from "@/lib/db";
import { createUser } from "@/server/auth/create-user";
import { ZSetupInput } from "@/server/accounts/account-inputs";
import { ForbiddenError, withErrors } from "@/server/http/errors";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { crossSiteWriteReason } from "@/server/auth/cross-site";

export const dynamic = "force-dynamic";

/** `{needed}`: whether the instance still has no user, so the first-run page should be shown. */
export const GET = withErrors(async () => Response.json({ needed: (await countUsers(getDb())) === 0 }));

/**
 * Creates the first admin (member of the default project). Open without credentials, but only while the
 * instance has no user at all; after that it is 403 and accounts come from project admins.
 */
export const POST = withErrors(async (request: Request) => {
  const crossSite = crossSiteWriteReason(request);
  if (crossSite) throw new ForbiddenError(`refused as a cross-site request: ${crossSite}`);
  const input = ZSetupInput.parse(await readRequiredJsonBody(request));
  const db = getDb();
  if ((await countUsers(db)) > 0) throw new ForbiddenError("this instance already has an admin; log in instead");
  const user = await createUser(input);
  await setProjectMember(db, DEFAULT_PROJECT_ID, user.id, "ADMIN");
  return Response.json({ user }, { status: 201 });
});
