import { deleteDataSource } from "@stampede/db";
import { CsvError } from "@stampede/engine/debug";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ZDataSourceName } from "@/server/data-sources/data-source-info";
import { refuseDeclaredTooLarge, uploadDataSource, ZUploadQuery } from "@/server/data-sources/upload-data-source";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeScenario } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

interface DataSourceRouteContext {
  params: Promise<{ id: string; name: string }>;
}

/**
 * Uploads (or replaces) a CSV data file. The body is the file's raw bytes, whatever the content type, read
 * as a stream (up to 100 MB; 413 past it). A file a run would refuse is answered 400 with its line and
 * reason, and nothing is stored.
 */
export const PUT = authed(async (request: Request, { params }: DataSourceRouteContext, actor) => {
  const { id, name: rawName } = await params;
  const access = await authorizeScenario(actor, id, "edit"); // 404 before a large upload is read
  const name = ZDataSourceName.parse(rawName);
  const query = ZUploadQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  refuseDeclaredTooLarge(request);
  try {
    const dataSource = await uploadDataSource(getEnv().DATABASE_URL, {
      scenarioId: id,
      name,
      fileName: query.fileName ?? name,
      firstLineIsHeader: query.firstLineIsHeader,
      body: request.body,
    });
    await recordAudit(access, "data.upload", { type: "data-source", id: `${id}/${name}` }, { scenarioId: id, name });
    return Response.json({ dataSource }, { status: 201 });
  } catch (error) {
    if (error instanceof CsvError)
      return Response.json({ error: "invalid CSV", issues: [error.message] }, { status: 400 });
    throw error;
  }
});

export const DELETE = authed(async (_request: Request, { params }: DataSourceRouteContext, actor) => {
  const { id, name } = await params;
  const access = await authorizeScenario(actor, id, "edit");
  await deleteDataSource(getDb(), id, name);
  await recordAudit(access, "data.delete", { type: "data-source", id: `${id}/${name}` }, { scenarioId: id, name });
  return new Response(null, { status: 204 });
});
