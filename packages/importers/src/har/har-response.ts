import type { TImportedResponse } from "@stampede/contracts";
import { base64ToText } from "../preview/base64";
import { isTextType } from "../preview/request-body";
import { isObject, nameValueList, optionalNumber, optionalString, type HarObject } from "./har-fields";

/**
 * The recorded response of an entry; undefined when there was none (status 0: blocked, failed or cancelled).
 * Base64 bodies (Chromium and Playwright write binary and some text bodies so) are decoded when text-like.
 */
export function harResponse(entry: HarObject, where: string): TImportedResponse | undefined {
  const res = entry.response;
  if (!isObject(res)) return undefined;
  const status = typeof res.status === "number" ? Math.trunc(res.status) : 0;
  if (status <= 0) return undefined;
  const content = isObject(res.content) ? res.content : {};
  const mimeType = optionalString(content, "mimeType", where, "response.content") || undefined;
  const text = optionalString(content, "text", where, "response.content");
  const size = optionalNumber(content, "size") ?? optionalNumber(res, "bodySize");
  return {
    status,
    headers: nameValueList(res, "headers", where, "response").filter((h) => h.name !== ""),
    bodyText: bodyText(text, content.encoding, mimeType),
    mimeType,
    size: size === undefined ? undefined : Math.trunc(size),
  };
}

function bodyText(text: string | undefined, encoding: unknown, mimeType: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (encoding !== "base64") return text;
  if (!isTextType(mimeType)) return undefined;
  try {
    return base64ToText(text);
  } catch {
    return undefined; // not base64 after all: nothing to correlate from
  }
}
