/** Methods that change nothing; every other method is a write. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why a cookie-authenticated request must be refused as a cross-site write, or null when it may go on.
 * A browser sends its cookies with a form or a no-cors fetch from any web site, so a write needs proof that
 * it came from the console's own pages: an Origin naming this host (or Sec-Fetch-Site: same-origin), and for
 * POST a JSON body — a cross-site form cannot send one without a CORS preflight, which the console never grants.
 */
export function crossSiteWriteReason(request: Request): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return `Origin ${origin} is not a URL`;
    }
    if (!host || originHost !== host) return `a write from ${origin} is not from this console`;
  } else if (fetchSite !== "same-origin") {
    return fetchSite
      ? `a write from another site (Sec-Fetch-Site: ${fetchSite})`
      : "a write with a session cookie needs an Origin header (API clients use an API key instead)";
  }
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (request.method === "POST" && type && type !== "application/json")
    return `content type ${type}: the console's API takes application/json`;
  return null;
}
