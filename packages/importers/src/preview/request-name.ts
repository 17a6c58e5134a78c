/** Step names are capped at 120 characters; room is left for the " 2" that makes a name unique. */
const MAX_BASE_NAME = 110;

/** The step name a request gets before it is made unique: "GET /api/items". */
export function requestName(method: string, url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // A templated URL (`${base}/api/items`): keep what follows the reference.
    path = url.replace(/^\$\{[^}]*\}/, "").split("?")[0] || "/";
  }
  const name = `${method} ${path}`;
  return name.length > MAX_BASE_NAME ? name.slice(0, MAX_BASE_NAME) : name;
}
