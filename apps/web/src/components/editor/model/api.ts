import { ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { readRefusal, unreachable, type Refusal } from "@/lib/api-refusal";
import { parseConflict, type SaveConflict } from "./conflict";
import type { StoredScenario, toScenarioInput } from "./draft";

export type { Refusal };

/** A save refused because someone else saved first: who, when, and the version to overwrite. */
export interface ConflictRefusal extends Refusal {
  conflict: SaveConflict;
}

/**
 * Creates the scenario (no id yet) or replaces the version this page loaded; answers with its id and new
 * version, the server's issues, or the conflict when another save came in between.
 */
export async function saveScenario(
  id: string | undefined,
  input: ReturnType<typeof toScenarioInput>,
  expectedVersion: number | undefined,
): Promise<{ ok: true; id: string; version: number } | Refusal | ConflictRefusal> {
  try {
    const response = await fetch(id ? `/api/v1/scenarios/${encodeURIComponent(id)}` : "/api/v1/scenarios", {
      method: id ? "PUT" : "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(id ? { ...input, expectedVersion } : input),
    });
    if (response.status === 409) {
      const conflict = parseConflict(
        await response
          .clone()
          .json()
          .catch(() => null),
      );
      if (conflict) return { ok: false, error: conflict.error, issues: [], conflict };
    }
    if (!response.ok) return readRefusal(response);
    const body = (await response.json()) as { scenario: { id: string; version: number } };
    return { ok: true, id: body.scenario.id, version: body.scenario.version };
  } catch (error) {
    return unreachable(error);
  }
}

/** The scenario as stored now (after a conflict, to reload theirs), or why the editor cannot open it. */
export async function fetchScenario(id: string): Promise<StoredScenario | Refusal> {
  try {
    const response = await fetch(`/api/v1/scenarios/${encodeURIComponent(id)}`);
    if (!response.ok) return readRefusal(response);
    const { scenario } = (await response.json()) as {
      scenario: Omit<StoredScenario, "spec" | "load"> & { spec: unknown; load: unknown };
    };
    const spec = ZScenarioSpec.safeParse(scenario.spec);
    if (!spec.success) return { ok: false, error: "the stored scenario no longer validates", issues: [] };
    const load = ZLoadConfig.safeParse(scenario.load);
    return { ...scenario, spec: spec.data, load: load.success ? load.data : null };
  } catch (error) {
    return unreachable(error);
  }
}
