import { getScenarioById, NotFoundError, withRedactedSpec } from "@stampede/db";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";

/** For pages: the scenario (secrets as "••••"), or Next's 404 page when the id names nothing. */
export async function getScenarioOrNotFound(id: string) {
  try {
    return withRedactedSpec(await getScenarioById(getDb(), id));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
