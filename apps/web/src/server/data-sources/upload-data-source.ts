import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { MAX_DATA_SOURCE_BYTES, type TDataSourceInfo } from "@stampede/contracts";
import { saveDataSourceStream } from "@stampede/db";
import { CsvStreamInspector } from "@stampede/engine/debug";
import { z } from "zod";
import { PayloadTooLargeError } from "../http/errors";
import { toDataSourceInfo } from "./data-source-info";

/** Query of PUT /scenarios/:id/data-sources/:name. */
export const ZUploadQuery = z.object({
  firstLineIsHeader: z
    .enum(["true", "false"], { error: "firstLineIsHeader is true or false" })
    .default("true")
    .transform((v) => v === "true"),
  /** The uploaded file's own name, when it differs from the name the scenario binds. */
  fileName: z.string().trim().min(1).max(255).optional(),
});

export interface UploadDataSourceInput {
  scenarioId: string;
  name: string;
  fileName: string;
  firstLineIsHeader: boolean;
  /** The request body: the file's raw bytes. */
  body: ReadableStream<Uint8Array> | null;
}

/** The most a data file may be, said the way the 413 says it. */
const tooLarge = () => new PayloadTooLargeError(MAX_DATA_SOURCE_BYTES, "the file");

/**
 * Validates the file as it streams in (as a run will parse it), spooling it to a temporary file and hashing
 * it on the way, then stores it from the spool: the console holds a few MB whatever the file's size. A bad
 * file throws CsvError (file, line, reason), one over 100 MB a 413, and either leaves any stored file of that
 * name as it was.
 */
export async function uploadDataSource(databaseUrl: string, input: UploadDataSourceInput): Promise<TDataSourceInfo> {
  const dir = await mkdtemp(join(tmpdir(), "stampede-upload-"));
  try {
    const spool = join(dir, "file.csv");
    const inspector = new CsvStreamInspector(input.name, { firstLineIsHeader: input.firstLineIsHeader });
    const hash = createHash("sha256");
    const out = createWriteStream(spool);
    let size = 0;
    try {
      for await (const chunk of chunksOf(input.body)) {
        size += chunk.byteLength;
        if (size > MAX_DATA_SOURCE_BYTES) throw tooLarge();
        inspector.push(chunk);
        hash.update(chunk);
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      }
    } finally {
      out.end();
      await finished(out);
    }
    const csv = inspector.finish();
    const row = await saveDataSourceStream(databaseUrl, {
      scenarioId: input.scenarioId,
      name: input.name,
      fileName: input.fileName,
      header: csv.header,
      rowCount: csv.rowCount,
      sizeBytes: size,
      sha256: hash.digest("hex"),
      content: createReadStream(spool, { highWaterMark: 1024 * 1024 }),
    });
    return toDataSourceInfo(row, csv.preview);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A body's chunks; the stream is cancelled when the reader stops early (a bad line, over the limit). */
async function* chunksOf(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Refuses, before a byte is read, an upload whose declared Content-Length is over the limit. */
export function refuseDeclaredTooLarge(request: Request): void {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > MAX_DATA_SOURCE_BYTES) throw tooLarge();
}
