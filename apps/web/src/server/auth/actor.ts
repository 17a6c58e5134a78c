import type { ApiKeyScopeName, ProjectRoleName } from "@stampede/contracts";

/** Who is asking: a logged-in user or a project's API key. */
export type Actor =
  | { kind: "user"; id: string; userId: string; label: string; email: string }
  | { kind: "key"; id: string; keyId: string; label: string; projectId: string; scope: ApiKeyScopeName };

/** An actor allowed into one project, with the role it acts with there. */
export interface Access {
  actor: Actor;
  projectId: string;
  /** The member's role; null for an API key, whose scope alone decides (a `run` key is not an Editor). */
  role: ProjectRoleName | null;
}

/** How a run records who started it. */
export function runStarterOf(actor: Actor) {
  return actor.kind === "user"
    ? { label: actor.label, userId: actor.userId }
    : { label: actor.label, keyId: actor.keyId };
}
