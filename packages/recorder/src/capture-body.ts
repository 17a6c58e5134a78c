import type { CompletedBody } from "mockttp";
import { MAX_CAPTURED_BODY_BYTES, type TCapturedBody } from "./exchange";

const TEXT_MIME = /^(text\/|application\/([\w.+-]*\+)?(json|xml|javascript|x-www-form-urlencoded|graphql|x-ndjson))/i;

/**
 * Keeps a body as text when it is text: decoded from gzip/br/deflate, and only if it is valid UTF-8 without NUL
 * bytes (a mime type can lie, or be absent). Binary bodies and bodies over the cap keep only their size.
 */
export async function captureBody(
  body: CompletedBody,
  contentType: string | undefined,
  contentLength: string | undefined,
): Promise<TCapturedBody> {
  const mimeType = contentType?.trim() || "";
  const size = body.buffer.byteLength;
  // The proxy drops bodies over its cap before they reach here; the declared length tells those apart.
  const declared = Number(contentLength);
  if (size === 0 && declared > MAX_CAPTURED_BODY_BYTES) return { size: declared, mimeType, omitted: "over 1 MB" };
  if (size > MAX_CAPTURED_BODY_BYTES) return { size, mimeType, omitted: "over 1 MB" };
  if (size === 0) return { size, mimeType, text: "" };
  const decoded = await body.getDecodedBuffer().catch(() => undefined);
  if (!decoded) return { size, mimeType, omitted: "binary" };
  if (decoded.byteLength > MAX_CAPTURED_BODY_BYTES) return { size, mimeType, omitted: "over 1 MB" };
  const text = utf8Text(decoded);
  const looksText = mimeType === "" || TEXT_MIME.test(mimeType) || !/^(image|audio|video|font)\//i.test(mimeType);
  if (text === undefined || !looksText) return { size, mimeType, omitted: "binary" };
  return { size, mimeType, text };
}

function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? undefined : text;
  } catch {
    return undefined;
  }
}
