import { MAX_DATA_SOURCE_BYTES } from "@stampede/contracts";
import { deleteDataSource } from "@stampede/db";
import { CsvError } from "@stampede/engine/debug";
import { getDb } from "@/lib/db";
import { ZDataSourceName } from "@/server/data-sources/data-source-info";
import { uploadDataSource, ZUploadQuery } from "@/server/data-sources/upload-data-source";
import { readLimitedBody } from "@/server/http/read-limited-body";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeScenario } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

interface DataSourceRouteContext {
  params: Promise<{ id: string; name: string }>;
}

const TOO_LARGE = `the file is larger than 100 MB (${MAX_DATA_SOURCE_BYTES} bytes), the most a data file may be`;

/**
 * Uploads (or replaces) a CSV data file. The body is the file's raw bytes, whatever the content type. A
 * file a run would refuse is answered 400 with its line and reason, and nothing is stored.
 */
export const PUT = authed(async (request: Request, { params }: DataSourceRouteContext, actor) => {
  const { id, name: rawName } = await params;
  const access = await authorizeScenario(actor, id, "edit"); // 404 before a large upload is read
  const name = ZDataSourceName.parse(rawName);
  const query = ZUploadQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const body = await readLimitedBody(request, MAX_DATA_SOURCE_BYTES);
  if (body.tooLarge) return Response.json({ error: TOO_LARGE }, { status: 413 });
  try {
    const dataSource = await uploadDataSource(db, {
      scenarioId: id,
      name,
      fileName: query.fileName ?? name,
      firstLineIsHeader: query.firstLineIsHeader,
      bytes: body.bytes,
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
