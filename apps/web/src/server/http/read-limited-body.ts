/** A request body read whole, or the news that it is larger than allowed (then nothing was kept). */
export type LimitedBody = { tooLarge: false; bytes: Uint8Array } | { tooLarge: true };

/**
 * Reads a raw body of at most `limit` bytes. A declared Content-Length above the limit is refused before
 * a byte is read; a body without one (chunked) is counted while it streams and dropped once past it.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return { tooLarge: true };
  if (!request.body) return { tooLarge: false, bytes: new Uint8Array(0) };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { tooLarge: false, bytes };
}
