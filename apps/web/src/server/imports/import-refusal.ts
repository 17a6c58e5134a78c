import { ImportError } from "@stampede/importers";

/**
 * Runs an import step; a file the importers cannot read (ImportError) becomes a 400 that says what is wrong and
 * where: `{ error: "entry 3: request.url is missing", where: "entry 3" }`.
 */
export async function answeringImportErrors(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return Response.json({ error: error.message, where: error.where }, { status: 400 });
  }
}
