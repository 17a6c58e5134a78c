/** A refused request: the headline and the server's `path: message` lines. */
export interface Refusal {
  ok: false;
  error: string;
  issues: string[];
  /** The answer's HTTP status; absent when the server was not reached. */
  status?: number;
}

/** Reads a refused response's `{ error, issues }` (any other body still gives a headline). */
export async function readRefusal(response: Response): Promise<Refusal> {
  const body = (await response.json().catch(() => ({}))) as { error?: string; issues?: string[] };
  return {
    ok: false,
    error: body.error ?? `request failed (HTTP ${response.status})`,
    issues: body.issues ?? [],
    status: response.status,
  };
}

/** The refusal for a request that never reached the server. */
export function unreachable(error: unknown): Refusal {
  return { ok: false, error: `could not reach the server: ${(error as Error).message}`, issues: [] };
}
