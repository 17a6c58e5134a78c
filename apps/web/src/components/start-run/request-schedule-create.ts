import type { TLoadConfig } from "@stampede/contracts";
import { callApi } from "@/lib/call-api";
import type { ScheduleRequest } from "./start-run-dialog";

/**
 * Saves the Start dialog's "Scheduled" choice as a schedule of the scenario. `loadOverride` null: scheduled runs
 * use the scenario's saved load at each fire. Only the dialog calls it, once its compliance checkbox is ticked:
 * hence the confirmation. Resolves with the problems to show, or null once saved.
 */
export async function requestScheduleCreate(
  scenarioId: string,
  schedule: ScheduleRequest,
  loadOverride: TLoadConfig | null,
): Promise<string[] | null> {
  const result = await callApi(`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/schedules`, {
    method: "POST",
    body: { ...schedule, loadOverride, confirmCompliance: true },
  });
  if (result.ok) return null;
  return result.issues.length ? result.issues : [result.error];
}

/** Where a schedule made from the Start dialog is seen: its scenario's page, at the Schedules card. */
export const schedulesOf = (scenarioId: string) => `/scenarios/${encodeURIComponent(scenarioId)}#schedules`;
