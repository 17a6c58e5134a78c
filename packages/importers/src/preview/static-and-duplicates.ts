import type { TImportedRequest, TImportPreview } from "@stampede/contracts";
import { mediaType } from "./request-body";

/** Response types of page assets: what a browser fetches to draw a page, not what a load test measures. */
const STATIC_TYPES =
  /^(image|font|audio|video)\/|^(text\/css|text\/javascript|application\/(x-)?javascript|application\/ecmascript|application\/wasm|application\/font-woff2?|application\/x-font-\w+|application\/vnd\.ms-fontobject)$/;

/** URL extensions of the same assets, for requests without a recorded response (cURL, Postman, a failed load). */
const STATIC_EXTENSIONS =
  /\.(png|jpe?g|gif|webp|avif|svg|ico|bmp|tiff?|css|js|mjs|cjs|map|woff2?|ttf|otf|eot|mp4|webm|m4a|mp3|ogg|wav|flac|wasm)$/i;

/** An image, style sheet, script, font, media file, source map or favicon. */
export function isStaticRequest(request: Pick<TImportedRequest, "url" | "response">): boolean {
  if (STATIC_TYPES.test(mediaType(request.response?.mimeType))) return true;
  const path = pathOf(request.url);
  return STATIC_EXTENSIONS.test(path) || /\/favicon[^/]*$/i.test(path);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split(/[?#]/)[0]!;
  }
}

/** Requests that send the same thing: same method, URL and body. */
function sameRequestKey(request: TImportedRequest): string {
  return JSON.stringify([request.method, request.url, request.body]);
}

/**
 * Marks the requests the preview leaves out by default: static assets, and repeats of an earlier request
 * (`duplicateOf` names the first one). Nothing is removed; the person can still include them.
 */
export function markStaticAndDuplicates(preview: TImportPreview): TImportPreview {
  const firstIndex = new Map<string, number>();
  const requests = preview.requests.map((request) => {
    const key = sameRequestKey(request);
    const earlier = firstIndex.get(key);
    if (earlier === undefined) firstIndex.set(key, request.index);
    return { ...request, isStatic: request.isStatic || isStaticRequest(request), duplicateOf: earlier };
  });
  return { ...preview, requests };
}
