import {
  createApiKey,
  createProject,
  DEFAULT_PROJECT_ID,
  findApiKeyByHash,
  findUserByEmail,
  setProjectMember,
} from "@stampede/db";
import { getDb } from "@/lib/db";
import { createUser } from "./create-user";

/**
 * Headless set-up for Docker, CI and demos: STAMPEDE_INIT_ADMIN_EMAIL and _PASSWORD make an admin,
 * STAMPEDE_INIT_PROJECT a project they administer, STAMPEDE_INIT_API_KEY an admin-scoped key in it. Each is
 * created only when absent, so every start may run this; nothing that exists is changed.
 */
export async function initFromEnv(env: Record<string, string | undefined> = process.env): Promise<void> {
  const email = env.STAMPEDE_INIT_ADMIN_EMAIL?.trim();
  const password = env.STAMPEDE_INIT_ADMIN_PASSWORD;
  const projectName = env.STAMPEDE_INIT_PROJECT?.trim();
  const apiKey = env.STAMPEDE_INIT_API_KEY?.trim();
  if (!email && !projectName && !apiKey) return;
  const db = getDb();

  let userId: string | undefined;
  if (email) {
    const existing = await findUserByEmail(db, email);
    if (existing) userId = existing.id;
    else if (!password) throw new Error("STAMPEDE_INIT_ADMIN_EMAIL is set without STAMPEDE_INIT_ADMIN_PASSWORD");
    else {
      userId = (await createUser({ email, password })).id;
      console.log(`[init] created the admin ${email}`);
    }
  }

  const projectId = await initProject(projectName, userId);
  if (userId) await setProjectMember(db, projectId, userId, "ADMIN");

  if (apiKey && !(await findApiKeyByHash(db, apiKey))) {
    if (apiKey.length < 32) throw new Error("STAMPEDE_INIT_API_KEY must be at least 32 characters");
    await createApiKey(db, {
      projectId,
      name: "init",
      scope: "ADMIN",
      key: apiKey,
      createdBy: "STAMPEDE_INIT_API_KEY",
    });
    console.log("[init] created the API key from STAMPEDE_INIT_API_KEY (scope admin)");
  }
}

/**
 * The project the init variables fill: the one named STAMPEDE_INIT_PROJECT, else the default project. A fresh
 * instance's default project (no members yet) takes the name, so what was made before accounts stays in view.
 */
async function initProject(name: string | undefined, userId: string | undefined): Promise<string> {
  const db = getDb();
  if (!name) return DEFAULT_PROJECT_ID;
  const named = await db.project.findFirst({ where: { name }, orderBy: { createdAt: "asc" } });
  if (named) return named.id;
  const fallback = await db.project.findUnique({
    where: { id: DEFAULT_PROJECT_ID },
    include: { _count: { select: { members: true } } },
  });
  if (fallback && fallback._count.members === 0) {
    await db.project.update({ where: { id: DEFAULT_PROJECT_ID }, data: { name } });
    return DEFAULT_PROJECT_ID;
  }
  const project = await createProject(db, { name, ownerUserId: userId });
  console.log(`[init] created the project ${name}`);
  return project.id;
}
