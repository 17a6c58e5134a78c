import { CliError, EXIT } from "../exit-codes";

/**
 * The console's /api/v1, called with a project API key. Whatever the console refuses (a bad key, a scope
 * that does not allow the call, a scenario it rejects) or cannot be reached becomes a one-line CliError
 * (exit 2) that names the request and the console's own reason.
 */
export class ConsoleClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async json<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body);
    return (await response.json()) as T;
  }

  /** The raw response of a successful call (the live stream reads its body as it arrives). */
  async request(method: "GET" | "POST", path: string, body?: unknown): Promise<Response> {
    const url = `${this.baseUrl}/api/v1${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${this.apiKey}`,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new CliError(
        `cannot reach the console at ${this.baseUrl}: ${cause?.code ?? cause?.message ?? String(error)}`,
      );
    }
    if (response.ok) return response;
    throw new CliError(`${method} ${path}: ${await refusal(response)}`, EXIT.usage);
  }
}

/** The console's answer in words: 401 and 403 say what to fix; others carry the console's error text. */
async function refusal(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  let detail = text.trim().slice(0, 500);
  try {
    const body = JSON.parse(text) as { error?: unknown; issues?: unknown };
    const issues = Array.isArray(body.issues) ? body.issues.map(issueText).filter(Boolean) : [];
    detail = [typeof body.error === "string" ? body.error : "", ...issues].filter(Boolean).join("; ") || detail;
  } catch {
    // not JSON: the text as is
  }
  if (response.status === 401) return `the console refused the API key (401): ${detail}`;
  if (response.status === 403) return `not allowed (403): ${detail}`;
  return `${response.status} ${detail}`;
}

function issueText(issue: unknown): string {
  if (typeof issue === "string") return issue;
  if (issue && typeof issue === "object" && "message" in issue) {
    const { path, message } = issue as { path?: unknown; message: unknown };
    return Array.isArray(path) && path.length ? `${path.join(".")}: ${String(message)}` : String(message);
  }
  return "";
}
