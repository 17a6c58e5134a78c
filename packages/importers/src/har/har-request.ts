import { HTTP_METHODS, type TImportedRequest, type TImportNote, type TRequestBody } from "@stampede/contracts";
import { ImportError } from "../import-error";
import { bodyFromText, mediaType } from "../preview/request-body";
import { importableHeaders } from "../preview/request-headers";
import { requestName } from "../preview/request-name";
import { isObject, nameValueList, optionalNumber, optionalString, type HarObject } from "./har-fields";
import { harResponse } from "./har-response";

type Method = (typeof HTTP_METHODS)[number];

/** Chromium's own label of what an entry loaded: it marks assets whose response was not recorded (cancelled). */
const STATIC_RESOURCE_TYPES = new Set(["image", "stylesheet", "script", "font", "media", "manifest"]);

/**
 * One HAR entry as a request, or a note saying why it is not imported (a WebSocket, a CONNECT tunnel, a
 * data: URL). An entry that is not shaped as HAR 1.2 says is an ImportError naming the entry and the field.
 */
export function harEntryToRequest(
  raw: unknown,
  index: number,
  where: string,
): { request: TImportedRequest; note?: TImportNote } | { note: TImportNote } {
  if (!isObject(raw)) throw new ImportError(where, "not an object");
  if (!isObject(raw.request)) throw new ImportError(where, "request is missing");
  const req = raw.request;
  const method = optionalString(req, "method", where, "request")?.toUpperCase();
  if (!method) throw new ImportError(where, "request.method is missing");
  const url = optionalString(req, "url", where, "request");
  if (!url) throw new ImportError(where, "request.url is missing");
  const protocol = protocolOf(url);
  if (!protocol) throw new ImportError(where, `request.url "${url}" is not an absolute URL`);

  if (protocol === "ws:" || protocol === "wss:")
    return { note: { where, message: `WebSocket ${url} is not imported` } };
  if (protocol !== "http:" && protocol !== "https:") {
    return { note: { where, message: `${url.slice(0, 60)} is not an http(s) request; not imported` } };
  }
  if (!(HTTP_METHODS as readonly string[]).includes(method)) {
    return { note: { where, message: `method ${method} is not imported (supported: ${HTTP_METHODS.join(", ")})` } };
  }
  const { body, skipped } = harBody(req, where);
  const headers = nameValueList(req, "headers", where, "request");
  const started = Date.parse(typeof raw.startedDateTime === "string" ? raw.startedDateTime : "");
  return {
    request: {
      index,
      where,
      name: requestName(method, url),
      method: method as Method,
      url,
      headers: importableHeaders(headers, body.type !== "none"),
      body,
      response: harResponse(raw, where),
      startedAtMs: Number.isFinite(started) ? started : undefined,
      durationMs: optionalNumber(raw, "time"),
      outputs: [],
      checks: [],
      isStatic: STATIC_RESOURCE_TYPES.has(String(raw._resourceType)),
    },
    note: skipped ? { where, message: skipped } : undefined,
  };
}

function protocolOf(url: string): string | undefined {
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}

/** postData as a step body. Chromium writes `text` (with `params` too for forms); some exporters only `params`. */
function harBody(req: HarObject, where: string): { body: TRequestBody; skipped?: string } {
  const none = { type: "none" } as const;
  const post = req.postData;
  if (post === undefined || post === null) return { body: none };
  if (!isObject(post)) throw new ImportError(where, "request.postData must be an object");
  const mimeType = optionalString(post, "mimeType", where, "request.postData");
  const text = optionalString(post, "text", where, "request.postData");
  if (text !== undefined && text !== "") return { body: bodyFromText(text, mimeType) };
  const params = nameValueList(post, "params", where, "request.postData");
  if (params.length === 0) return { body: none };
  if (mediaType(mimeType) === "application/x-www-form-urlencoded") {
    return { body: { type: "form", fields: params.filter((p) => p.name !== "") } };
  }
  return { body: none, skipped: `the ${mediaType(mimeType) || "posted"} body (parameters only) is not imported` };
}
