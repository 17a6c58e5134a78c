import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { exportScenario } from "@/server/scenarios/export-scenario";
import { authorizeScenario } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

const PASSPHRASE_HEADER = "x-stampede-passphrase";

/**
 * The scenario as a file `stampede run` reads unchanged: `{ "stampede": 1, name, description, spec, load }`;
 * `?data=true` puts the stored data files inside it (`dataFiles`, base64). Secret values are left out ("••••")
 * unless the request carries a passphrase header: then they are sealed under it (an import with the same
 * passphrase opens them). A header, not the URL, so the passphrase stays out of access logs.
 */
export const GET = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeScenario(actor, id, "read");
  const withData = new URL(request.url).searchParams.get("data") === "true";
  const passphrase = request.headers.get(PASSPHRASE_HEADER)?.trim() || undefined;
  const { document, fileName } = await exportScenario(getDb(), id, withData, passphrase);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
    },
  });
});
