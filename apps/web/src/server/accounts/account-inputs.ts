import { API_KEY_SCOPES, PROJECT_ROLES } from "@stampede/contracts";
import { z } from "zod";

const ZEmail = z.string().trim().toLowerCase().pipe(z.email("not an e-mail address")).pipe(z.string().max(254));
const ZPassword = z.string().max(200, "at most 200 characters");

export const ZSetupInput = z.object({
  email: ZEmail,
  password: ZPassword,
  name: z.string().trim().max(100).optional(),
});

export const ZProjectInput = z.object({ name: z.string().trim().min(1, "a project needs a name").max(100) });

/** Adding a member: an existing user by e-mail, or a new account when a password is given for it. */
export const ZMemberInput = z.object({
  email: ZEmail,
  role: z.enum(PROJECT_ROLES),
  password: ZPassword.optional(),
  name: z.string().trim().max(100).optional(),
});

export const ZMemberRoleInput = z.object({ role: z.enum(PROJECT_ROLES) });

export const ZApiKeyInput = z.object({
  name: z.string().trim().min(1, "a key needs a name").max(100),
  scope: z.enum(API_KEY_SCOPES.map((s) => s.toLowerCase()) as ["read", "run", "admin"]),
  /** Days until it stops working; omitted or null: never. */
  expiresInDays: z.number().int().min(1).max(3650).nullish(),
});

export const ZCurrentProjectInput = z.object({ projectId: z.string().min(1) });
