import type { TImportedRequest, TKeyValue } from "@stampede/contracts";

/**
 * Scenarios keep a cookie jar per virtual user, so a cookie that an earlier response set is sent by the jar;
 * sending the recorded value too would pin every VU to the recording's session. Such cookies are removed from
 * the Cookie header; cookies no response in the file set (a session from before the recording) are kept.
 */
export function dropJarCookies(requests: TImportedRequest[]): TImportedRequest[] {
  const setByResponses = new Set<string>();
  return requests.map((request) => {
    const headers = request.headers.flatMap((h): TKeyValue[] => {
      if (h.name.toLowerCase() !== "cookie") return [h];
      const kept = h.value
        .split(";")
        .map((pair) => pair.trim())
        .filter((pair) => pair !== "" && !setByResponses.has(cookieName(pair)));
      return kept.length > 0 ? [{ ...h, value: kept.join("; ") }] : [];
    });
    for (const h of request.response?.headers ?? []) {
      if (h.name.toLowerCase() === "set-cookie") h.value.split("\n").forEach((c) => setByResponses.add(cookieName(c)));
    }
    return { ...request, headers };
  });
}

function cookieName(pair: string): string {
  return pair.split("=")[0]!.trim();
}
