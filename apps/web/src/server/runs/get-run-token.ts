import type { TTokenSecond } from "@stampede/contracts";
import { findRunTokenSeconds, getRunById, type Db } from "@stampede/db";

/** What `GET /api/v1/runs/:id/token` answers: whether the run's scenario has a token provider, and its seconds. */
export interface RunTokenActivity {
  tokenProvider: boolean;
  seconds: Array<TTokenSecond & { second: number }>;
}

export async function getRunTokenActivity(db: Db, runId: string): Promise<RunTokenActivity> {
  const run = await getRunById(db, runId);
  // Read without parsing: the frozen snapshot holds sealed secrets, and only the provider's presence matters.
  const snapshot = run.scenarioSnapshot as { tokenProvider?: unknown } | null;
  const tokenProvider = typeof snapshot === "object" && snapshot !== null && snapshot.tokenProvider != null;
  return { tokenProvider, seconds: tokenProvider ? await findRunTokenSeconds(db, runId) : [] };
}
