import { textProblem } from "@stampede/contracts";

/**
 * The first query parameter or path segment of a URL that cannot be stored or looked up (a `%00` NUL, or
 * percent-encoding that is not UTF-8), as an issue line naming it; undefined when the URL is clean. Checked
 * once for every route, so `?search=%00` or a data file named `a%00.csv` is a 400, not a database error.
 */
export function urlTextIssue(url: URL): string | undefined {
  for (const [name, value] of url.searchParams) {
    const problem = textProblem(name) ?? textProblem(value);
    if (problem) return `query.${name.replaceAll("\0", "\\0")}: ${problem}`;
  }
  const segments = url.pathname.split("/");
  for (let i = 0; i < segments.length; i++) {
    let segment: string;
    try {
      segment = decodeURIComponent(segments[i]!);
    } catch {
      return `path segment ${i} ("${segments[i]}"): its percent-encoding is not valid UTF-8`;
    }
    const problem = textProblem(segment);
    if (problem) return `path segment ${i} ("${segments[i]}"): ${problem}`;
  }
  return undefined;
}
