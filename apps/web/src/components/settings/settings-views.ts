import type { ProjectRoleName } from "@stampede/contracts";

/** A project member as the settings page lists them. */
export interface MemberView {
  userId: string;
  email: string;
  name: string | null;
  role: ProjectRoleName;
}

/** An API key as listed: never the key, only its first characters. Dates are ISO strings. */
export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  scope: "READ" | "RUN" | "ADMIN";
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy: string | null;
  createdAt: string;
}
