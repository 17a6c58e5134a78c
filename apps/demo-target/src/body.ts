import type { IncomingMessage } from "node:http";

/** Largest request body accepted; anything bigger is answered 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request body read to the end; `tooLarge` bodies were drained and discarded. */
export type RequestBody = { tooLarge: false; bytes: Buffer } | { tooLarge: true };

export const EMPTY_BODY: RequestBody = { tooLarge: false, bytes: Buffer.alloc(0) };

/** Body fields from JSON or a form, or why they could not be read. */
export type FieldsResult =
  { ok: true; fields: Record<string, unknown> } | { ok: false; status: 400 | 415; message: string };

/** HTTP/1.1: a request without Content-Length or Transfer-Encoding has no body, so nothing to wait for. */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

/**
 * Reads the whole body before anyone answers. An oversized body is still drained (not kept), so the 413
 * reaches the client instead of a reset from a socket closed mid-upload.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () =>
      resolve(size > limit ? { tooLarge: true } : { tooLarge: false, bytes: Buffer.concat(chunks, size) }),
    );
    req.on("error", reject);
    // A client that hangs up mid-upload emits "close" without "end"; settle so nothing waits forever.
    req.on("close", () => {
      if (!req.complete) reject(new Error("client closed the connection mid-body"));
    });
  });
}

/** Parses a JSON object or form-urlencoded body; an empty body is an empty object. */
export function parseFields(contentType: string | undefined, bytes: Buffer): FieldsResult {
  if (bytes.length === 0) return { ok: true, fields: {} };
  const type = (contentType ?? "application/json").split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    return { ok: true, fields: Object.fromEntries(new URLSearchParams(bytes.toString("utf8"))) };
  }
  if (type !== "application/json" && !type.endsWith("+json")) {
    return { ok: false, status: 415, message: `unsupported content-type ${type}; send JSON or a form` };
  }
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    return { ok: false, status: 400, message: `malformed JSON body: ${(error as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, status: 400, message: "body must be a JSON object" };
  }
  return { ok: true, fields: value as Record<string, unknown> };
}

/** A non-empty string field, or undefined; numbers are accepted because forms and JSON disagree on ids. */
export function stringField(fields: Record<string, unknown>, name: string): string | undefined {
  const value = fields[name];
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value !== "" ? value : undefined;
}
