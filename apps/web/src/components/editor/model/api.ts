import type { TLoadConfig } from "@stampede/contracts";
import type { toScenarioInput } from "./draft";

/** A refused request: the headline and the server's `path: message` lines. */
export interface Refusal {
  ok: false;
  error: string;
  issues: string[];
}

async function readRefusal(response: Response): Promise<Refusal> {
  const body = (await response.json().catch(() => ({}))) as { error?: string; issues?: string[] };
  return { ok: false, error: body.error ?? `request failed (HTTP ${response.status})`, issues: body.issues ?? [] };
}

/** Creates the scenario (no id yet) or replaces it; answers with its id or the server's issues. */
export async function saveScenario(
  id: string | undefined,
  input: ReturnType<typeof toScenarioInput>,
): Promise<{ ok: true; id: string } | Refusal> {
  try {
    const response = await fetch(id ? `/api/v1/scenarios/${encodeURIComponent(id)}` : "/api/v1/scenarios", {
      method: id ? "PUT" : "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    if (!response.ok) return readRefusal(response);
    const body = (await response.json()) as { scenario: { id: string } };
    return { ok: true, id: body.scenario.id };
  } catch (error) {
    return { ok: false, error: `could not reach the server: ${(error as Error).message}`, issues: [] };
  }
}

/** Starts a run of the saved scenario with this load (a click in the console: MANUAL). */
export async function startRun(id: string, load: TLoadConfig): Promise<{ ok: true; runId: string } | Refusal> {
  try {
    const response = await fetch(`/api/v1/scenarios/${encodeURIComponent(id)}/runs`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-stampede-trigger": "MANUAL" },
      body: JSON.stringify(load),
    });
    if (!response.ok) return readRefusal(response);
    const body = (await response.json()) as { run: { id: string } };
    return { ok: true, runId: body.run.id };
  } catch (error) {
    return { ok: false, error: `could not reach the server: ${(error as Error).message}`, issues: [] };
  }
}
