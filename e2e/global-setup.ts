import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { type FullConfig, request } from "@playwright/test";

/** Where the logged-in admin's cookies are kept; every spec starts from them unless it says otherwise. */
export const ADMIN_STATE = "test-results/.auth/admin.json";

/** Logs in once as the admin the test stack created (STAMPEDE_INIT_*) and saves the session for all specs. */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]!.use.baseURL!;
  const email = process.env.STAMPEDE_INIT_ADMIN_EMAIL;
  const password = process.env.STAMPEDE_INIT_ADMIN_PASSWORD;
  if (!email || !password) throw new Error("STAMPEDE_INIT_ADMIN_EMAIL and _PASSWORD must be set (npm test sets them)");
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const response = await context.post("/api/auth/sign-in/email", { data: { email, password } });
  if (!response.ok())
    throw new Error(`logging in as ${email} failed: HTTP ${response.status()} ${await response.text()}`);
  mkdirSync(dirname(ADMIN_STATE), { recursive: true });
  await context.storageState({ path: ADMIN_STATE });
  await context.dispose();
}
