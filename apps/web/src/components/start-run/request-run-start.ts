import type { TLoadConfig } from "@stampede/contracts";
import { readRefusal, unreachable, type Refusal } from "@/lib/api-refusal";

/**
 * Starts a run of a saved scenario with this load (undefined: its saved load), as a click in the console
 * (MANUAL). Only the Start dialog calls it, once its compliance checkbox is ticked: hence the confirmation.
 */
export async function requestRunStart(
  scenarioId: string,
  load: TLoadConfig | undefined,
): Promise<{ ok: true; runId: string } | Refusal> {
  try {
    const response = await fetch(`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/runs`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-stampede-trigger": "MANUAL" },
      body: JSON.stringify({ ...load, confirmCompliance: true }),
    });
    if (!response.ok) return readRefusal(response);
    const body = (await response.json()) as { run: { id: string } };
    return { ok: true, runId: body.run.id };
  } catch (error) {
    return unreachable(error);
  }
}
