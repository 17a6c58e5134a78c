import type { Permission } from "@stampede/contracts";
import { NotFoundError } from "@stampede/db";
import { authorize, type Access, type Actor } from "@/server/auth/route";
import { recordingSessions, type TRecordingSession } from "./recording-sessions";

/** The recording `id` if the actor may do `permission` in its project; 404 otherwise, as for other resources. */
export async function findRecording(
  actor: Actor,
  id: string,
  permission: Permission,
): Promise<{ session: TRecordingSession; access: Access }> {
  const session = recordingSessions.get(id);
  if (!session) throw new NotFoundError("recording", id);
  return { session, access: await authorize(actor, session.projectId, permission) };
}
