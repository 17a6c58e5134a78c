import type { TImportedRequest, TImportNote, TImportPreview } from "@stampede/contracts";
import { ImportError, parseJsonText } from "../import-error";
import { dropJarCookies } from "./har-cookies";
import { isObject } from "./har-fields";
import { harEntryToRequest } from "./har-request";

/**
 * A HAR 1.2 file (browser DevTools, Playwright's recordHar, Charles, Fiddler) as an import preview.
 * Entries are numbered from 1 in messages ("entry 3"); request indexes count from 0 over imported requests.
 */
export function parseHar(text: string, format: "har" | "recording" = "har"): TImportPreview {
  const doc = parseJsonText(text);
  if (!isObject(doc) || !isObject(doc.log)) {
    throw new ImportError("file", 'not a HAR file: it has no "log" object at the top');
  }
  const entries = doc.log.entries;
  if (!Array.isArray(entries)) throw new ImportError("log.entries", "missing: a HAR file lists its requests there");

  const requests: TImportedRequest[] = [];
  const notes: TImportNote[] = [];
  entries.forEach((entry: unknown, i) => {
    const result = harEntryToRequest(entry, requests.length, `entry ${i + 1}`);
    if ("request" in result) requests.push(result.request);
    if (result.note) notes.push(result.note);
  });
  return { format, title: titleOf(doc.log), requests: dropJarCookies(requests), globals: [], dataSources: [], notes };
}

/** The first page's title, when the browser recorded one (often the page's URL). */
function titleOf(log: Record<string, unknown>): string | undefined {
  const page: unknown = Array.isArray(log.pages) ? log.pages[0] : undefined;
  return isObject(page) && typeof page.title === "string" && page.title.trim() !== "" ? page.title.trim() : undefined;
}
