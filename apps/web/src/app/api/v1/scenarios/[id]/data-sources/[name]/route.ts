import { deleteDataSource, getScenarioById } from "@stampede/db";
import { CsvError } from "@stampede/engine/debug";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ZDataSourceName } from "@/server/data-sources/data-source-info";
import { refuseDeclaredTooLarge, uploadDataSource, ZUploadQuery } from "@/server/data-sources/upload-data-source";
import { withErrors } from "@/server/http/errors";

export const dynamic = "force-dynamic";

interface DataSourceRouteContext {
  params: Promise<{ id: string; name: string }>;
}

/**
 * Uploads (or replaces) a CSV data file. The body is the file's raw bytes, whatever the content type, read
 * as a stream (up to 100 MB; 413 past it). A file a run would refuse is answered 400 with its line and
 * reason, and nothing is stored.
 */
export const PUT = withErrors(async (request: Request, { params }: DataSourceRouteContext) => {
  const { id, name: rawName } = await params;
  const name = ZDataSourceName.parse(rawName);
  const query = ZUploadQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  refuseDeclaredTooLarge(request);
  const db = getDb();
  await getScenarioById(db, id); // 404 before a large upload is read
  try {
    const dataSource = await uploadDataSource(getEnv().DATABASE_URL, {
      scenarioId: id,
      name,
      fileName: query.fileName ?? name,
      firstLineIsHeader: query.firstLineIsHeader,
      body: request.body,
    });
    return Response.json({ dataSource }, { status: 201 });
  } catch (error) {
    if (error instanceof CsvError)
      return Response.json({ error: "invalid CSV", issues: [error.message] }, { status: 400 });
    throw error;
  }
});

export const DELETE = withErrors(async (_request: Request, { params }: DataSourceRouteContext) => {
  const { id, name } = await params;
  await deleteDataSource(getDb(), id, name);
  return new Response(null, { status: 204 });
});
